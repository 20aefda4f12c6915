package ${package}.adapter.in.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ${package}.adapter.out.persistence.InMemoryOrderRepository;
import ${package}.application.FindOrder;
import ${package}.application.PlaceOrder;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The web adapter through Spring MVC (MockMvc, no server, no application context), with the real use cases behind
 * it: the same HTTP contract as the plain variant's.
 */
class OrderControllerTest {

    private static final String ORDER_1 = "{\"id\":\"order-1\",\"customer\":\"acme\",\"lines\":[{\"sku\":\"BOOK-1\","
            + "\"quantity\":10,\"unitPriceCents\":1250}],\"subtotalCents\":12500,\"discountCents\":625,\"totalCents\":11875}";

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final AtomicInteger counter = new AtomicInteger();
    private final PlaceOrder placeOrder = new PlaceOrder(orders, () -> new OrderId("order-" + counter.incrementAndGet()),
            new OrderPricing(10, 5), feature -> true);
    private final OrderController controller = new OrderController(placeOrder, new FindOrder(orders));

    private MockMvc mvc(jakarta.servlet.Filter... filters) {
        return MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(new WebErrorHandler())
                .addFilters(filters).build();
    }

    private static MockHttpServletRequestBuilder place(String form) {
        return post("/orders").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form);
    }

    @Test
    void places_an_order_and_reads_it_back() throws Exception {
        MockMvc mvc = mvc();

        mvc.perform(place("customer=acme&line=BOOK-1:10:1250"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/orders/order-1"))
                .andExpect(content().json(ORDER_1, JsonCompareMode.STRICT));
        mvc.perform(get("/orders/order-1"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json(ORDER_1, JsonCompareMode.STRICT));
        assertEquals(1, orders.size());
    }

    @Test
    void keeps_the_json_fields_in_the_plain_variants_order() throws Exception {
        String body = mvc().perform(place("customer=acme&line=BOOK-1:10:1250")).andReturn().getResponse().getContentAsString();

        assertEquals(ORDER_1, body);
    }

    @Test
    void reads_every_line_of_a_url_encoded_form() throws Exception {
        mvc().perform(place("customer=Acme+Ltd%2E&line=BOOK-1:2:1250&line=PEN-7:10:199"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customer").value("Acme Ltd."))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[1].sku").value("PEN-7"))
                .andExpect(jsonPath("$.subtotalCents").value(4490))
                .andExpect(jsonPath("$.totalCents").value(4266));
    }

    @Test
    void refuses_malformed_forms_with_400_and_the_reason() throws Exception {
        MockMvc mvc = mvc();
        mvc.perform(place("line=BOOK-1:1:1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("give exactly one customer field"));
        mvc.perform(place("customer=a&customer=b&line=BOOK-1:1:1")).andExpect(status().isBadRequest());
        mvc.perform(place("customer=a&line=BOOK-1:1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("a line is SKU:QUANTITY:UNIT_PRICE_IN_CENTS, not 'BOOK-1:1'"));
        mvc.perform(place("customer=a&line=BOOK-1:x:1")).andExpect(status().isBadRequest());
        mvc.perform(place("customer=a&line=BOOK-1:1:99999999999999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("quantity and unit price are whole numbers in 'BOOK-1:1:99999999999999999999'"));
        assertEquals(0, orders.size());
    }

    @Test
    void answers_what_the_domain_refuses_with_400_and_its_rule() throws Exception {
        mvc().perform(place("customer=acme&line=BOOK-1:0:1250"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("the quantity of BOOK-1 must be 1 to 10000, not 0"));
        mvc().perform(place("customer=acme"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("an order needs at least one line"));
        mvc().perform(get("/orders/no such")).andExpect(status().isBadRequest());
    }

    @Test
    void answers_unknown_orders_and_resources_with_404() throws Exception {
        mvc().perform(get("/orders/order-404"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("no order order-404"));
        mvc().perform(get("/orders/a/b"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("no such resource: /orders/a/b"));
    }

    @Test
    void answers_a_wrong_method_with_405_and_the_allowed_one() throws Exception {
        mvc().perform(get("/orders"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string(HttpHeaders.ALLOW, "POST"))
                .andExpect(jsonPath("$.error").value("GET is not allowed here; use POST"));
        mvc().perform(post("/orders/order-1"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string(HttpHeaders.ALLOW, "GET"))
                .andExpect(jsonPath("$.error").value("POST is not allowed here; use GET"));
    }

    @Test
    void refuses_other_bodies_than_a_form_with_415() throws Exception {
        mvc().perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("send the order as application/x-www-form-urlencoded"));
    }

    @Test
    void refuses_a_body_over_the_limit_with_413() throws Exception {
        mvc().perform(place("customer=" + "a".repeat(OrderController.MAX_BODY_BYTES)))
                .andExpect(status().isPayloadTooLarge());
        assertEquals(0, orders.size());
    }

    @Test
    void hides_an_unexpected_failure_behind_500() throws Exception {
        OrderController failing = new OrderController(
                new PlaceOrder(orders, () -> {
                    throw new IllegalStateException("the id generator is down");
                }, new OrderPricing(10, 5), feature -> true),
                new FindOrder(orders));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(failing).setControllerAdvice(new WebErrorHandler()).build();

        mvc.perform(place("customer=acme&line=BOOK-1:1:100"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().json("{\"error\":\"internal error\"}", JsonCompareMode.STRICT));
    }

    @Test
    void with_a_token_orders_need_it() throws Exception {
        MockMvc mvc = mvc(new BearerTokenServletFilter("s3cret"));

        mvc.perform(place("customer=acme&line=BOOK-1:1:100"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().json(BearerTokenServletFilter.REFUSAL, JsonCompareMode.STRICT));
        mvc.perform(place("customer=acme&line=BOOK-1:1:100").header(HttpHeaders.AUTHORIZATION, "Bearer wrong"))
                .andExpect(status().isUnauthorized());
        mvc.perform(place("customer=acme&line=BOOK-1:1:100").header(HttpHeaders.AUTHORIZATION, "Bearer s3cret"))
                .andExpect(status().isCreated());
        assertEquals(1, orders.size());
    }
}
