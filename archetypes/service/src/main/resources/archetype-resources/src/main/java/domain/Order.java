package ${package}.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An order as the service accepted it: who ordered what, and the price agreed at that moment.
 * Every instance is valid; the constructor refuses anything else.
 *
 * @param id its identity
 * @param customer who ordered, 1 to 100 characters, not blank
 * @param lines 1 to {@code MAX_LINES} lines, each SKU once
 * @param quote the price of exactly these lines
 */
public record Order(OrderId id, String customer, List<OrderLine> lines, Quote quote) {

    public static final int MAX_LINES = 100;

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        if (customer == null || customer.isBlank() || customer.length() > 100) {
            throw new InvalidOrderException("a customer is 1 to 100 characters, not blank");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidOrderException("an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidOrderException("an order has at most " + MAX_LINES + " lines, not " + lines.size());
        }
        lines = List.copyOf(lines);
        Set<String> skus = new HashSet<>();
        for (OrderLine line : lines) {
            if (!skus.add(line.sku())) {
                throw new InvalidOrderException("SKU " + line.sku() + " is listed twice: give it once with the total quantity");
            }
        }
        if (!subtotalOf(lines).equals(quote.subtotal())) {
            throw new IllegalArgumentException("the quote is for other lines: subtotal " + quote.subtotal()
                    + ", lines " + subtotalOf(lines));
        }
    }

    /** The sum of the lines' subtotals. */
    public static Money subtotalOf(List<OrderLine> lines) {
        Money sum = Money.ZERO;
        for (OrderLine line : lines) {
            sum = sum.plus(line.subtotal());
        }
        return sum;
    }

    /** How many items the order holds, over all lines. */
    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
