package ${package}.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One product of an order.
 *
 * @param sku the product code: capital letters, digits and dashes, starting with a letter or digit
 * @param quantity how many, 1 to {@code MAX_QUANTITY}
 * @param unitPrice the price of one, at most {@code MAX_UNIT_PRICE}
 */
public record OrderLine(String sku, int quantity, Money unitPrice) {

    public static final int MAX_QUANTITY = 10_000;
    /** Bounds keep every total far from overflowing a {@code long}. */
    public static final Money MAX_UNIT_PRICE = Money.ofCents(100_000_00L);

    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    public OrderLine {
        if (sku == null || !SKU.matcher(sku).matches()) {
            throw new InvalidOrderException("a SKU is 1 to 32 capital letters, digits or dashes: '" + sku + "'");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidOrderException("the quantity of " + sku + " must be 1 to " + MAX_QUANTITY + ", not " + quantity);
        }
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.compareTo(MAX_UNIT_PRICE) > 0) {
            throw new InvalidOrderException("the unit price of " + sku + " is above " + MAX_UNIT_PRICE);
        }
    }

    /** The price of the line before any discount. */
    public Money subtotal() {
        return unitPrice.times(quantity);
    }
}
