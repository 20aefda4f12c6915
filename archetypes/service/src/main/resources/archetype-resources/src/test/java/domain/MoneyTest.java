package ${package}.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_and_multiplies_exactly_in_cents() {
        assertEquals(Money.ofCents(3_75), Money.ofCents(1_25).plus(Money.ofCents(2_50)));
        assertEquals(Money.ofCents(30), Money.ofCents(10).times(3));
    }

    @Test
    void a_percentage_rounds_down_to_the_cent() {
        assertEquals(Money.ofCents(5), Money.ofCents(1_99).percent(3)); // 5.97 cents
        assertEquals(Money.ZERO, Money.ofCents(1_99).percent(0));
        assertEquals(Money.ofCents(1_99), Money.ofCents(1_99).percent(100));
    }

    @Test
    void is_never_negative() {
        assertThrows(InvalidOrderException.class, () -> Money.ofCents(-1));
        assertThrows(InvalidOrderException.class, () -> Money.ofCents(1).minus(Money.ofCents(2)));
    }

    @Test
    void overflow_fails_instead_of_wrapping() {
        assertThrows(ArithmeticException.class, () -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)));
    }

    @Test
    void prints_units_with_two_decimals() {
        assertEquals("12.05", Money.ofCents(12_05).toString());
        assertEquals("0.00", Money.ZERO.toString());
    }
}
