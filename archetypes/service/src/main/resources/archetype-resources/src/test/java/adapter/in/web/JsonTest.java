package ${package}.adapter.in.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writes_objects_in_order_with_lists_numbers_booleans_and_null() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of(2L, true));
        map.put("c", null);

        assertEquals("{\"b\":1,\"a\":[2,true],\"c\":null}", Json.write(map));
        assertEquals("[]", Json.write(Arrays.asList()));
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters() {
        assertEquals("\"say \\\"hi\\\"\\\\ \\n\\t\\u0001\\u2028\"", Json.write("say \"hi\"\\ \n\t\u0001\u2028"));
        assertEquals("\"caf\u00e9 \u20ac\"", Json.write("caf\u00e9 \u20ac"));
    }

    @Test
    void refuses_what_it_cannot_represent() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.write(1.5));
    }
}
