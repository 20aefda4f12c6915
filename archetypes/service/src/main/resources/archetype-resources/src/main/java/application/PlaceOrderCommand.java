package ${package}.application;

import java.util.List;

/**
 * What a caller asks for when placing an order, before the domain has checked any of it.
 *
 * @param customer who orders
 * @param lines what they order
 */
public record PlaceOrderCommand(String customer, List<Line> lines) {

    public PlaceOrderCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One requested product.
     *
     * @param sku product code
     * @param quantity how many
     * @param unitPriceCents the price of one, in cents
     */
    public record Line(String sku, int quantity, long unitPriceCents) {}
}
