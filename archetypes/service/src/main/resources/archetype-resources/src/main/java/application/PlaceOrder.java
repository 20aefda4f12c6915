package ${package}.application;

import ${package}.application.port.FeatureFlags;
import ${package}.application.port.OrderIds;
import ${package}.application.port.OrderRepository;
import ${package}.domain.InvalidOrderException;
import ${package}.domain.Money;
import ${package}.domain.Order;
import ${package}.domain.OrderLine;
import ${package}.domain.OrderPricing;
import ${package}.domain.Quote;
import java.util.List;
import java.util.Objects;

/**
 * The use case "place an order": checks the request against the domain's rules, prices it and
 * stores it. It knows nothing of HTTP or of how orders are stored.
 */
public final class PlaceOrder {

    private final OrderRepository orders;
    private final OrderIds ids;
    private final OrderPricing pricing;
    private final FeatureFlags features;

    public PlaceOrder(OrderRepository orders, OrderIds ids, OrderPricing pricing, FeatureFlags features) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.features = Objects.requireNonNull(features, "features");
    }

    /**
     * @param command the request, never {@code null}
     * @return the stored order, with its id and price
     * @throws InvalidOrderException if the request breaks a rule of the domain; nothing is stored
     */
    public Order place(PlaceOrderCommand command) {
        if (command.lines().size() > Order.MAX_LINES) {
            // refused before any line is built, so that a huge request costs nothing
            throw new InvalidOrderException("an order has at most " + Order.MAX_LINES + " lines, not " + command.lines().size());
        }
        List<OrderLine> lines = command.lines().stream()
                .map(line -> new OrderLine(line.sku(), line.quantity(), Money.ofCents(line.unitPriceCents())))
                .toList();
        Quote quote = features.isEnabled(FeatureFlags.BULK_DISCOUNT) ? pricing.quote(lines) : pricing.listPrice(lines);
        Order order = new Order(ids.next(), command.customer(), lines, quote);
        orders.save(order);
        return order;
    }
}
