package ${package}.adapter.in.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.adapter.out.persistence.InMemoryOrderRepository;
import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.config.ServiceConfig;
import ${package}.config.Wiring;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The observability endpoints: readiness, and request metrics for Prometheus, tagged as Wiring tags them. */
class ObservabilityTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requests_are_measured_by_route_status_and_implementation_and_readiness_follows_the_server() throws Exception {
        ServiceConfig config = new ServiceConfig("dev", "orders", "legacy", 0, 2, 2, 50, Optional.empty(),
                Map.of("bulk-discount", true));
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        PlaceOrder placeOrder = new PlaceOrder(orders, () -> new OrderId("order-1"), new OrderPricing(2, 50), feature -> true);
        WebServer server = WebServer.create(0, 2, new OrderHttpHandler(placeOrder, new FindOrder(orders)), Optional.empty());
        server.observe(Wiring.meterRegistry(config));
        String base = "http://localhost:" + server.port();
        server.start();
        try {
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/ready"))).statusCode());
            HttpResponse<String> placed = send(HttpRequest.newBuilder(URI.create(base + "/orders"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("customer=acme&line=BOOK-1:2:1000")));
            assertEquals(201, placed.statusCode(), placed.body());
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/orders/order-404"))).statusCode());

            HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(base + "/metrics")));

            assertEquals(200, metrics.statusCode());
            String text = metrics.body();
            assertTrue(text.contains("http_server_requests_seconds_count{implementation=\"legacy\",method=\"POST\","
                    + "route=\"/orders\",service=\"orders\",status=\"201\"} 1"), text);
            assertTrue(text.contains("status=\"404\"} 1"), text);
            assertTrue(text.contains("http_server_requests_seconds_bucket{"), "a histogram, for the latency percentiles");
            assertTrue(text.contains("jvm_memory_used_bytes{"), "JVM metrics");
        } finally {
            server.stop(0);
        }
        assertTrue(!server.isServing(), "a stopping server is not ready");
    }
}
