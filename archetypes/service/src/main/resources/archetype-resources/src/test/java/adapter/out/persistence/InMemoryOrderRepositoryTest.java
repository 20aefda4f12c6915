package ${package}.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ${package}.domain.Money;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import ${package}.domain.OrderLine;
import ${package}.domain.Quote;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryOrderRepositoryTest {

    private final InMemoryOrderRepository repository = new InMemoryOrderRepository();

    private static Order order(String id, String customer) {
        OrderLine line = new OrderLine("BOOK-1", 1, Money.ofCents(10_00));
        return new Order(new OrderId(id), customer, List.of(line), new Quote(line.subtotal(), Money.ZERO, line.subtotal()));
    }

    @Test
    void finds_what_was_saved_by_its_id() {
        Order order = order("a-1", "acme");
        repository.save(order);

        assertEquals(Optional.of(order), repository.findById(new OrderId("a-1")));
        assertEquals(Optional.empty(), repository.findById(new OrderId("a-2")));
    }

    @Test
    void saving_the_same_id_again_replaces_the_order() {
        repository.save(order("a-1", "acme"));
        repository.save(order("a-1", "globex"));

        assertEquals(1, repository.size());
        assertEquals("globex", repository.findById(new OrderId("a-1")).orElseThrow().customer());
    }

    @Test
    void keeps_every_order_saved_concurrently() {
        IntStream.range(0, 1_000).parallel().forEach(i -> repository.save(order("o-" + i, "acme")));

        assertEquals(1_000, repository.size());
    }
}
