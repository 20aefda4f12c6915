package ${package}.domain;

import java.util.List;

/**
 * The pricing rule, a domain service: an order of at least {@code bulkQuantity} items gets
 * {@code bulkDiscountPercent} percent off its subtotal. The numbers are configuration
 * ({@code pricing.*} in application.yaml); the rule is the domain's.
 */
public final class OrderPricing {

    private final int bulkQuantity;
    private final int bulkDiscountPercent;

    /**
     * @param bulkQuantity items from which the discount applies, at least 1
     * @param bulkDiscountPercent the discount, 0 to 100
     */
    public OrderPricing(int bulkQuantity, int bulkDiscountPercent) {
        if (bulkQuantity < 1) {
            throw new IllegalArgumentException("bulkQuantity must be at least 1: " + bulkQuantity);
        }
        if (bulkDiscountPercent < 0 || bulkDiscountPercent > 100) {
            throw new IllegalArgumentException("bulkDiscountPercent must be 0 to 100: " + bulkDiscountPercent);
        }
        this.bulkQuantity = bulkQuantity;
        this.bulkDiscountPercent = bulkDiscountPercent;
    }

    /** The price of these lines without any discount. */
    public Quote listPrice(List<OrderLine> lines) {
        Money subtotal = Order.subtotalOf(lines);
        return new Quote(subtotal, Money.ZERO, subtotal);
    }

    /** The price of these lines. */
    public Quote quote(List<OrderLine> lines) {
        Money subtotal = Order.subtotalOf(lines);
        int items = lines.stream().mapToInt(OrderLine::quantity).sum();
        Money discount = items >= bulkQuantity ? subtotal.percent(bulkDiscountPercent) : Money.ZERO;
        return new Quote(subtotal, discount, subtotal.minus(discount));
    }
}
