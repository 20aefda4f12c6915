package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.adapter.in.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole service as Application starts it, on a free port. */
class WiringTest {

    @Test
    void the_wired_service_places_orders_with_the_configured_discount() throws Exception {
        ServiceConfig config = new ServiceConfig("dev", "orders", 0, 2, 2, 50, Optional.empty(),
                Map.of("bulk-discount", true));
        WebServer server = Wiring.webServer(config);
        server.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + server.port() + "/orders"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("customer=acme&line=BOOK-1:2:1000"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(201, response.statusCode(), response.body());
            assertTrue(response.body().endsWith("\"discountCents\":1000,\"totalCents\":1000}"), response.body());
        } finally {
            server.stop(0);
        }
    }
}
