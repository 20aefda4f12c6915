package ${package}.config;

import ${package}.adapter.in.web.OrderHttpHandler;
import ${package}.adapter.in.web.WebServer;
import ${package}.adapter.out.flags.ConfiguredFeatureFlags;
#if( $persistence == 'postgres' )
import ${package}.adapter.out.persistence.JdbcOrderRepository;
#else
import ${package}.adapter.out.persistence.InMemoryOrderRepository;
#end
import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.application.port.OrderIds;
import ${package}.application.port.OrderRepository;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
#if( $observability == 'true' )
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
#end
import java.io.IOException;
import java.util.UUID;
#if( $persistence == 'postgres' )
import javax.sql.DataSource;
#end

/**
 * Builds the object graph by hand: the one place that knows every layer. Adapters are chosen here,
 * so swapping the in-memory repository for a database one changes this class and nothing inside.
 */
public final class Wiring {

    private Wiring() {}

    /**
     * @param config checked configuration
#if( $persistence == 'postgres' )
     * @param database where orders are kept; its schema is migrated here, before the server exists
     * @return the server, bound but not started
     * @throws IOException if the port cannot be bound
     * @throws org.flywaydb.core.api.FlywayException if the database cannot be reached or a migration fails
     */
    public static WebServer webServer(ServiceConfig config, DatabaseConfig database) throws IOException {
        DataSource dataSource = Database.dataSource(database);
        Database.migrate(dataSource);
        OrderRepository orders = new JdbcOrderRepository(dataSource);
#else
     * @return the server, bound but not started
     * @throws IOException if the port cannot be bound
     */
    public static WebServer webServer(ServiceConfig config) throws IOException {
        OrderRepository orders = new InMemoryOrderRepository();
#end
        OrderIds ids = () -> new OrderId(UUID.randomUUID().toString());
        OrderPricing pricing = new OrderPricing(config.bulkQuantity(), config.bulkDiscountPercent());
        OrderHttpHandler handler = new OrderHttpHandler(new PlaceOrder(orders, ids, pricing,
                new ConfiguredFeatureFlags(config.features())), new FindOrder(orders));
#if( $observability == 'true' )
        WebServer server = WebServer.create(config.port(), config.threads(), handler, config.apiToken());
        server.observe(meterRegistry(config));
        return server;
#else
        return WebServer.create(config.port(), config.threads(), handler, config.apiToken());
#end
    }
#if( $observability == 'true' )

    /**
     * The metrics registry Prometheus scrapes at /metrics: every meter is tagged with the service
     * and its implementation (service.implementation), so that the legacy and the new
     * implementation of a migration show side by side on one dashboard.
     */
    public static PrometheusMeterRegistry meterRegistry(ServiceConfig config) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("service", config.serviceName(), "implementation", config.implementation());
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }
#end
}
