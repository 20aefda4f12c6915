package ${package}.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.application.port.FeatureFlags;
import ${package}.application.port.OrderRepository;
import ${package}.domain.InvalidOrderException;
import ${package}.domain.Money;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {

    /** The port as the application sees it; the use case must work with any implementation. */
    static final class RecordingRepository implements OrderRepository {
        final Map<OrderId, Order> saved = new HashMap<>();

        @Override
        public void save(Order order) {
            saved.put(order.id(), order);
        }

        @Override
        public Optional<Order> findById(OrderId id) {
            return Optional.ofNullable(saved.get(id));
        }
    }

    private final RecordingRepository repository = new RecordingRepository();
    private final AtomicInteger counter = new AtomicInteger();
    private final PlaceOrder placeOrder = new PlaceOrder(repository,
            () -> new OrderId("order-" + counter.incrementAndGet()), new OrderPricing(10, 5), feature -> true);

    @Test
    void places_prices_and_stores_an_order() {
        Order order = placeOrder.place(new PlaceOrderCommand("acme", List.of(
                new PlaceOrderCommand.Line("BOOK-1", 10, 12_50))));

        assertEquals(new OrderId("order-1"), order.id());
        assertEquals(Money.ofCents(125_00), order.quote().subtotal());
        assertEquals(Money.ofCents(6_25), order.quote().discount());
        assertEquals(Optional.of(order), repository.findById(order.id()));
    }

    @Test
    void without_the_bulk_discount_feature_the_list_price_applies() {
        PlaceOrder dark = new PlaceOrder(repository, () -> new OrderId("order-dark"), new OrderPricing(10, 5),
                feature -> !feature.equals(FeatureFlags.BULK_DISCOUNT));

        Order order = dark.place(new PlaceOrderCommand("acme", List.of(new PlaceOrderCommand.Line("BOOK-1", 10, 12_50))));

        assertEquals(Money.ZERO, order.quote().discount());
        assertEquals(Money.ofCents(125_00), order.quote().total());
    }

    @Test
    void stores_nothing_when_the_domain_refuses_the_order() {
        assertThrows(InvalidOrderException.class, () -> placeOrder.place(new PlaceOrderCommand("acme", List.of(
                new PlaceOrderCommand.Line("BOOK-1", 0, 12_50)))));
        assertThrows(InvalidOrderException.class, () -> placeOrder.place(new PlaceOrderCommand("", List.of(
                new PlaceOrderCommand.Line("BOOK-1", 1, 12_50)))));

        assertTrue(repository.saved.isEmpty());
    }

    @Test
    void refuses_too_many_lines() {
        List<PlaceOrderCommand.Line> lines = Collections.nCopies(Order.MAX_LINES + 1, new PlaceOrderCommand.Line("BOOK-1", 1, 1));

        assertThrows(InvalidOrderException.class, () -> placeOrder.place(new PlaceOrderCommand("acme", lines)));
    }

    @Test
    void finds_a_placed_order_and_nothing_else() {
        FindOrder findOrder = new FindOrder(repository);
        Order order = placeOrder.place(new PlaceOrderCommand("acme", List.of(new PlaceOrderCommand.Line("PEN-7", 1, 1_99))));

        assertEquals(Optional.of(order), findOrder.find(order.id().value()));
        assertEquals(Optional.empty(), findOrder.find("order-404"));
        assertThrows(InvalidOrderException.class, () -> findOrder.find("not an id"));
    }
}
