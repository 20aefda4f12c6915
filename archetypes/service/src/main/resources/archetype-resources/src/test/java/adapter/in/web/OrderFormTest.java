package ${package}.adapter.in.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ${package}.application.PlaceOrderCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFormTest {

    @Test
    void reads_the_customer_and_every_line() {
        PlaceOrderCommand command = OrderForm.parse("customer=Acme+Ltd%2E&line=BOOK-1:2:1250&line=PEN-7:10:199");

        assertEquals("Acme Ltd.", command.customer());
        assertEquals(List.of(new PlaceOrderCommand.Line("BOOK-1", 2, 1250), new PlaceOrderCommand.Line("PEN-7", 10, 199)),
                command.lines());
    }

    @Test
    void an_order_without_lines_is_left_for_the_domain_to_refuse() {
        assertEquals(List.of(), OrderForm.parse("customer=acme").lines());
    }

    @Test
    void refuses_malformed_forms_with_400() {
        for (String body : List.of("", "line=BOOK-1:1:1", "customer=a&customer=b", "customer=a&line=BOOK-1:1",
                "customer=a&line=BOOK-1:x:1", "customer=a&line=BOOK-1:1:99999999999999999999", "customer=%zz")) {
            BadRequestException e = assertThrows(BadRequestException.class, () -> OrderForm.parse(body), body);
            assertEquals(400, e.status(), body);
        }
    }
}
