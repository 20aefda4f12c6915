package ${package}.domain;

import java.util.Objects;

/**
 * What an order costs, as {@link OrderPricing} computed it when the order was placed.
 *
 * @param subtotal the sum of the lines
 * @param discount taken off the subtotal, never more than it
 * @param total what the customer pays
 */
public record Quote(Money subtotal, Money discount, Money total) {

    public Quote {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(total, "total");
        if (!subtotal.minus(discount).equals(total)) {
            throw new IllegalArgumentException("total " + total + " is not subtotal " + subtotal + " less discount " + discount);
        }
    }
}
