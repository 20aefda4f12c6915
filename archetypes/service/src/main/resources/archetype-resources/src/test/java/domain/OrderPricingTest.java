package ${package}.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private final OrderPricing pricing = new OrderPricing(10, 5);

    @Test
    void below_the_bulk_quantity_there_is_no_discount() {
        Quote quote = pricing.quote(List.of(new OrderLine("BOOK-1", 9, Money.ofCents(10_00))));

        assertEquals(new Quote(Money.ofCents(90_00), Money.ZERO, Money.ofCents(90_00)), quote);
    }

    @Test
    void from_the_bulk_quantity_on_over_all_lines_the_discount_applies() {
        Quote quote = pricing.quote(List.of(
                new OrderLine("BOOK-1", 6, Money.ofCents(10_00)),
                new OrderLine("PEN-7", 4, Money.ofCents(2_50))));

        assertEquals(Money.ofCents(70_00), quote.subtotal());
        assertEquals(Money.ofCents(3_50), quote.discount());
        assertEquals(Money.ofCents(66_50), quote.total());
    }

    @Test
    void refuses_rules_that_make_no_sense() {
        assertThrows(IllegalArgumentException.class, () -> new OrderPricing(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new OrderPricing(10, 101));
    }
}
