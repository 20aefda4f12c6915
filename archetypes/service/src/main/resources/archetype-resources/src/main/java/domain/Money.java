package ${package}.domain;

/**
 * An amount of money in cents. Whole cents keep sums exact, which binary floating point does not;
 * the service works in one currency, so none is stored.
 *
 * @param cents the amount, never negative
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (cents < 0) {
            throw new InvalidOrderException("an amount cannot be negative: " + cents + " cents");
        }
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(cents, (long) factor));
    }

    /** The given percentage of this amount, rounded down to the cent (the customer never pays a rounding). */
    public Money percent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a percentage is between 0 and 100: " + percent);
        }
        return new Money(Math.multiplyExact(cents, (long) percent) / 100);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** The amount in units with two decimals, for example {@code 12.50}. */
    @Override
    public String toString() {
        return String.format("%d.%02d", cents / 100, cents % 100);
    }
}
