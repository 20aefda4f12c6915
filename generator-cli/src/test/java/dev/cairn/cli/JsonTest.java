package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapes_quotes_backslashes_and_control_characters() {
        assertThat(Json.write("a\"b\\c\nd\te\u0001f\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\"");
    }

    @Test
    void keeps_non_ascii_text_as_is() {
        assertThat(Json.write("Zoë ✓")).isEqualTo("\"Zoë ✓\"");
    }

    @Test
    void writes_nested_values_in_insertion_order() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", Arrays.asList(true, null, "x"));
        map.put("empty", Map.of());
        map.put("none", List.of());

        assertThat(Json.write(map)).isEqualTo("""
                {
                  "z": 1,
                  "a": [
                    true,
                    null,
                    "x"
                  ],
                  "empty": {},
                  "none": []
                }""");
    }
}
