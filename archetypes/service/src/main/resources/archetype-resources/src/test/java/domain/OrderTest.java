package ${package}.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OrderId ID = new OrderId("order-1");
    private static final OrderLine BOOK = new OrderLine("BOOK-1", 2, Money.ofCents(12_50));
    private static final OrderLine PEN = new OrderLine("PEN-7", 1, Money.ofCents(1_99));

    private static Quote quoteOf(List<OrderLine> lines) {
        Money subtotal = Order.subtotalOf(lines);
        return new Quote(subtotal, Money.ZERO, subtotal);
    }

    @Test
    void a_valid_order_keeps_its_lines_and_counts_items() {
        Order order = new Order(ID, "acme", List.of(BOOK, PEN), quoteOf(List.of(BOOK, PEN)));

        assertEquals(List.of(BOOK, PEN), order.lines());
        assertEquals(3, order.itemCount());
        assertEquals(Money.ofCents(26_99), order.quote().subtotal());
    }

    @Test
    void the_lines_cannot_be_changed_afterwards() {
        List<OrderLine> lines = new ArrayList<>(List.of(BOOK));
        Order order = new Order(ID, "acme", lines, quoteOf(lines));
        lines.add(PEN);

        assertEquals(1, order.lines().size());
        assertThrows(UnsupportedOperationException.class, () -> order.lines().add(PEN));
    }

    @Test
    void refuses_a_blank_customer_and_an_empty_order() {
        assertThrows(InvalidOrderException.class, () -> new Order(ID, " ", List.of(BOOK), quoteOf(List.of(BOOK))));
        assertThrows(InvalidOrderException.class, () -> new Order(ID, "acme", List.of(), quoteOf(List.of())));
    }

    @Test
    void refuses_a_sku_listed_twice() {
        OrderLine again = new OrderLine("BOOK-1", 1, Money.ofCents(12_50));
        InvalidOrderException e = assertThrows(InvalidOrderException.class,
                () -> new Order(ID, "acme", List.of(BOOK, again), quoteOf(List.of(BOOK, again))));
        assertTrue(e.getMessage().contains("BOOK-1"), e.getMessage());
    }

    @Test
    void refuses_a_quote_for_other_lines() {
        assertThrows(IllegalArgumentException.class, () -> new Order(ID, "acme", List.of(BOOK, PEN), quoteOf(List.of(BOOK))));
    }

    @Test
    void lines_check_sku_quantity_and_price() {
        assertThrows(InvalidOrderException.class, () -> new OrderLine("book 1", 1, Money.ofCents(1)));
        assertThrows(InvalidOrderException.class, () -> new OrderLine("BOOK-1", 0, Money.ofCents(1)));
        assertThrows(InvalidOrderException.class, () -> new OrderLine("BOOK-1", OrderLine.MAX_QUANTITY + 1, Money.ofCents(1)));
        assertThrows(InvalidOrderException.class,
                () -> new OrderLine("BOOK-1", 1, OrderLine.MAX_UNIT_PRICE.plus(Money.ofCents(1))));
        assertEquals(Money.ofCents(25_00), BOOK.subtotal());
    }

    @Test
    void order_ids_are_letters_digits_and_dashes() {
        assertEquals("a-1", new OrderId("a-1").value());
        assertThrows(InvalidOrderException.class, () -> new OrderId(""));
        assertThrows(InvalidOrderException.class, () -> new OrderId("../etc"));
        assertThrows(InvalidOrderException.class, () -> new OrderId("x".repeat(65)));
    }
}
