package ${package}.adapter.in.web;

import ${package}.application.PlaceOrderCommand;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an order from an HTML-form body ({@code application/x-www-form-urlencoded}), which the JDK
 * decodes without any library: {@code customer=acme&line=BOOK-1:2:1250&line=PEN-7:10:199}, each
 * {@code line} being {@code SKU:QUANTITY:UNIT_PRICE_IN_CENTS}.
 */
final class OrderForm {

    private OrderForm() {}

    static PlaceOrderCommand parse(String body) {
        Map<String, List<String>> fields = fields(body);
        List<String> customers = fields.getOrDefault("customer", List.of());
        if (customers.size() != 1) {
            throw new BadRequestException(400, "give exactly one customer field");
        }
        List<PlaceOrderCommand.Line> lines = new ArrayList<>();
        for (String line : fields.getOrDefault("line", List.of())) {
            lines.add(line(line));
        }
        return new PlaceOrderCommand(customers.get(0), lines);
    }

    private static PlaceOrderCommand.Line line(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new BadRequestException(400, "a line is SKU:QUANTITY:UNIT_PRICE_IN_CENTS, not '" + text + "'");
        }
        try {
            return new PlaceOrderCommand.Line(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            throw new BadRequestException(400, "quantity and unit price are whole numbers in '" + text + "'");
        }
    }

    private static Map<String, List<String>> fields(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.computeIfAbsent(decode(name), key -> new ArrayList<>()).add(decode(value));
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(400, "the form is not URL-encoded: " + e.getMessage());
        }
    }
}
