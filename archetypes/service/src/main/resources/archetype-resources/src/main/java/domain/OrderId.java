package ${package}.domain;

import java.util.regex.Pattern;

/**
 * The identity of an order.
 *
 * @param value letters, digits and dashes, 1 to 64 of them
 */
public record OrderId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public OrderId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidOrderException("an order id is 1 to 64 letters, digits or dashes: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
