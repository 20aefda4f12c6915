package ${package}.adapter.in.web;

import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.domain.InvalidOrderException;
import ${package}.domain.Order;
import ${package}.domain.OrderLine;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP face of the order use cases:
 * {@code POST /orders} places an order (201 and the order, or 400 with the reason) and
 * {@code GET /orders/ID} returns one (200, or 404).
 */
public final class OrderHttpHandler implements HttpHandler {

    static final String FORM = "application/x-www-form-urlencoded";

    private static final System.Logger LOG = System.getLogger(OrderHttpHandler.class.getName());

    private final PlaceOrder placeOrder;
    private final FindOrder findOrder;

    public OrderHttpHandler(PlaceOrder placeOrder, FindOrder findOrder) {
        this.placeOrder = placeOrder;
        this.findOrder = findOrder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (BadRequestException e) {
            Exchanges.sendError(exchange, e.status(), e.getMessage());
        } catch (InvalidOrderException e) {
            Exchanges.sendError(exchange, 400, e.getMessage());
        } catch (RuntimeException e) {
            // the caller learns nothing of the service's insides; the log has the details
            LOG.log(System.Logger.Level.ERROR, "request failed: " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getPath(), e);
            Exchanges.sendError(exchange, 500, "internal error");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/orders")) {
            if (!method.equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                throw new BadRequestException(405, method + " is not allowed here; use POST");
            }
            place(exchange);
        } else if (path.startsWith("/orders/") && path.indexOf('/', "/orders/".length()) < 0) {
            if (!method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                throw new BadRequestException(405, method + " is not allowed here; use GET");
            }
            find(exchange, path.substring("/orders/".length()));
        } else {
            throw new BadRequestException(404, "no such resource: " + path);
        }
    }

    private void place(HttpExchange exchange) throws IOException {
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith(FORM)) {
            throw new BadRequestException(415, "send the order as " + FORM);
        }
        Order order = placeOrder.place(OrderForm.parse(Exchanges.body(exchange)));
        exchange.getResponseHeaders().set("Location", "/orders/" + order.id());
        Exchanges.send(exchange, 201, toJson(order));
    }

    private void find(HttpExchange exchange, String id) throws IOException {
        Optional<Order> order = findOrder.find(id);
        if (order.isEmpty()) {
            throw new BadRequestException(404, "no order " + id);
        }
        Exchanges.send(exchange, 200, toJson(order.get()));
    }

    static Map<String, Object> toJson(Order order) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", order.id().value());
        json.put("customer", order.customer());
        List<Map<String, Object>> lines = order.lines().stream().map(OrderHttpHandler::toJson).toList();
        json.put("lines", lines);
        json.put("subtotalCents", order.quote().subtotal().cents());
        json.put("discountCents", order.quote().discount().cents());
        json.put("totalCents", order.quote().total().cents());
        return json;
    }

    private static Map<String, Object> toJson(OrderLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sku", line.sku());
        json.put("quantity", line.quantity());
        json.put("unitPriceCents", line.unitPrice().cents());
        return json;
    }
}
