package ${package}.adapter.in.web;

import ${package}.domain.Order;
import ${package}.domain.OrderLine;
import java.util.List;

/**
 * An order as the web adapter shows it; Jackson writes the components in this order, so the JSON is the same as the
 * plain variant's: {@code {"id":...,"customer":...,"lines":[{"sku":...,"quantity":...,"unitPriceCents":...}],
 * "subtotalCents":...,"discountCents":...,"totalCents":...}}.
 *
 * @param id the order's id
 * @param customer who ordered
 * @param lines what they ordered
 * @param subtotalCents the price before the discount
 * @param discountCents the discount
 * @param totalCents what the customer pays
 */
public record OrderResponse(String id, String customer, List<Line> lines, long subtotalCents, long discountCents,
        long totalCents) {

    /**
     * One product of the order.
     *
     * @param sku product code
     * @param quantity how many
     * @param unitPriceCents the price of one
     */
    public record Line(String sku, int quantity, long unitPriceCents) {

        static Line of(OrderLine line) {
            return new Line(line.sku(), line.quantity(), line.unitPrice().cents());
        }
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.id().value(), order.customer(), order.lines().stream().map(Line::of).toList(),
                order.quote().subtotal().cents(), order.quote().discount().cents(), order.quote().total().cents());
    }
}
