package ${package}.adapter.in.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.adapter.out.persistence.InMemoryOrderRepository;
import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web adapter over real HTTP, on a free port, with the real use cases behind it. */
class WebServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private WebServer server;

    private WebServer start(Optional<String> token) throws IOException {
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        AtomicInteger counter = new AtomicInteger();
        PlaceOrder placeOrder = new PlaceOrder(orders, () -> new OrderId("order-" + counter.incrementAndGet()),
                new OrderPricing(10, 5), feature -> true);
        server = WebServer.create(0, 2, new OrderHttpHandler(placeOrder, new FindOrder(orders)), token);
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
    }

    private HttpRequest.Builder post(String body) {
        return request("/orders").header("Content-Type", OrderHttpHandler.FORM).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void places_an_order_and_reads_it_back() throws Exception {
        start(Optional.empty());

        HttpResponse<String> placed = send(post("customer=acme&line=BOOK-1:10:1250"));
        assertEquals(201, placed.statusCode(), placed.body());
        assertEquals(Optional.of("/orders/order-1"), placed.headers().firstValue("Location"));
        String expected = "{\"id\":\"order-1\",\"customer\":\"acme\",\"lines\":[{\"sku\":\"BOOK-1\",\"quantity\":10,"
                + "\"unitPriceCents\":1250}],\"subtotalCents\":12500,\"discountCents\":625,\"totalCents\":11875}";
        assertEquals(expected, placed.body());

        HttpResponse<String> found = send(request("/orders/order-1").GET());
        assertEquals(200, found.statusCode());
        assertEquals(expected, found.body());
        assertEquals(Optional.of("application/json; charset=utf-8"), found.headers().firstValue("Content-Type"));
    }

    @Test
    void answers_bad_requests_with_the_reason() throws Exception {
        start(Optional.empty());

        HttpResponse<String> invalid = send(post("customer=acme&line=BOOK-1:0:1250"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("quantity"), invalid.body());

        assertEquals(404, send(request("/orders/order-404").GET()).statusCode());
        assertEquals(400, send(request("/orders/no%20such").GET()).statusCode());
        assertEquals(404, send(request("/orders/a/b").GET()).statusCode());
        assertEquals(405, send(request("/orders").GET()).statusCode());
        assertEquals(415, send(request("/orders").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
        assertEquals(413, send(post("customer=" + "a".repeat(Exchanges.MAX_BODY_BYTES))).statusCode());
    }

    @Test
    void with_a_token_orders_need_it_and_health_does_not() throws Exception {
        start(Optional.of("s3cret"));

        assertEquals(401, send(post("customer=acme&line=BOOK-1:1:100")).statusCode());
        assertEquals(401, send(post("customer=acme&line=BOOK-1:1:100").header("Authorization", "Bearer wrong")).statusCode());
        assertEquals(201, send(post("customer=acme&line=BOOK-1:1:100").header("Authorization", "Bearer s3cret")).statusCode());
        assertEquals(200, send(request("/health").GET()).statusCode());
    }

    @Test
    void health_says_up() throws Exception {
        start(Optional.empty());

        HttpResponse<String> health = send(request("/health").GET());
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\"}", health.body());
    }
}
