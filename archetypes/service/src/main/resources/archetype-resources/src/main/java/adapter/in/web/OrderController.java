package ${package}.adapter.in.web;

import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.application.PlaceOrderCommand;
import ${package}.domain.Order;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP face of the order use cases, on Spring MVC:
 * {@code POST /orders} places an order from an HTML-form body (201 and the order, or 400 with the reason) and
 * {@code GET /orders/ID} returns one (200, or 404). {@link WebErrorHandler} turns refusals into JSON answers.
 */
@RestController
@RequestMapping(path = "/orders", produces = MediaType.APPLICATION_JSON_VALUE)
public class OrderController {

    /** Larger bodies are refused with 413 (Tomcat does not read them: {@code server.tomcat.max-http-form-post-size}). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final PlaceOrder placeOrder;
    private final FindOrder findOrder;

    public OrderController(PlaceOrder placeOrder, FindOrder findOrder) {
        this.placeOrder = placeOrder;
        this.findOrder = findOrder;
    }

    /**
     * Places an order given as {@code customer=acme&line=BOOK-1:2:1250&line=PEN-7:10:199}, each {@code line} being
     * {@code SKU:QUANTITY:UNIT_PRICE_IN_CENTS}.
     */
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<OrderResponse> place(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BadRequestException(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        List<String> customers = form.getOrDefault("customer", List.of());
        if (customers.size() != 1) {
            throw new BadRequestException(400, "give exactly one customer field");
        }
        List<PlaceOrderCommand.Line> lines = form.getOrDefault("line", List.of()).stream().map(OrderController::line).toList();
        Order order = placeOrder.place(new PlaceOrderCommand(customers.get(0), lines));
        return ResponseEntity.created(URI.create("/orders/" + order.id())).body(OrderResponse.of(order));
    }

    /** The order with this id; 404 when there is none, 400 when the id is malformed. */
    @GetMapping("/{id}")
    public OrderResponse find(@PathVariable("id") String id) {
        return findOrder.find(id).map(OrderResponse::of)
                .orElseThrow(() -> new BadRequestException(404, "no order " + id));
    }

    /** {@code SKU:QUANTITY:UNIT_PRICE_IN_CENTS}; the domain checks the values, this only their form. */
    static PlaceOrderCommand.Line line(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length == 3) {
            try {
                return new PlaceOrderCommand.Line(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            } catch (NumberFormatException e) {
                throw new BadRequestException(400, "quantity and unit price are whole numbers in '" + text + "'");
            }
        }
        throw new BadRequestException(400, "a line is SKU:QUANTITY:UNIT_PRICE_IN_CENTS, not '" + text + "'");
    }
}
