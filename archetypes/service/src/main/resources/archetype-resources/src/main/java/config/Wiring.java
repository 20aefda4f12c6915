package ${package}.config;

import ${package}.adapter.in.web.OrderHttpHandler;
import ${package}.adapter.in.web.WebServer;
import ${package}.adapter.out.flags.ConfiguredFeatureFlags;
import ${package}.adapter.out.persistence.InMemoryOrderRepository;
import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.application.port.OrderIds;
import ${package}.application.port.OrderRepository;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.io.IOException;
import java.util.UUID;

/**
 * Builds the object graph by hand: the one place that knows every layer. Adapters are chosen here,
 * so swapping the in-memory repository for a database one changes this class and nothing inside.
 */
public final class Wiring {

    private Wiring() {}

    /**
     * @param config checked configuration
     * @return the server, bound but not started
     * @throws IOException if the port cannot be bound
     */
    public static WebServer webServer(ServiceConfig config) throws IOException {
        OrderRepository orders = new InMemoryOrderRepository();
        OrderIds ids = () -> new OrderId(UUID.randomUUID().toString());
        OrderPricing pricing = new OrderPricing(config.bulkQuantity(), config.bulkDiscountPercent());
        OrderHttpHandler handler = new OrderHttpHandler(new PlaceOrder(orders, ids, pricing,
                new ConfiguredFeatureFlags(config.features())), new FindOrder(orders));
        return WebServer.create(config.port(), config.threads(), handler, config.apiToken());
    }
}
