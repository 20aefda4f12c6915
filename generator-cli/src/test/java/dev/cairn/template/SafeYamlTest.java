package dev.cairn.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeYamlTest {

    private static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String errorOf(String text) {
        try {
            SafeYaml.load(yaml(text), "x.yaml");
        } catch (CairnException e) {
            return e.userLine();
        }
        throw new AssertionError("expected an error for:\n" + text);
    }

    @Test
    void load_gives_maps_lists_and_the_text_of_every_scalar() {
        Object loaded = SafeYaml.load(yaml("a: 70\nb: true\nc: ~\nd: [x, 1.10]\ne: {f: g}\nh:\ni: 2024-01-01\n"), "x.yaml");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", "70");
        expected.put("b", "true");
        expected.put("c", null);
        expected.put("d", List.of("x", "1.10"));
        expected.put("e", Map.of("f", "g"));
        expected.put("h", null);
        expected.put("i", "2024-01-01");
        assertThat(loaded).isEqualTo(expected);
        assertThat(new ArrayList<Object>(((Map<?, ?>) loaded).keySet())).containsExactly("a", "b", "c", "d", "e", "h", "i");
    }

    @Test
    void load_typed_reads_numbers_and_booleans_by_the_core_schema() {
        Object loaded = SafeYaml.loadTyped(yaml(
                "port: 8080\nhex: 0x1F\nratio: 0.5\nflag: true\nname: x\nnothing: ~\n"
                        + "on: push\nanswer: yes\nmode: 0755\nwhen: 2024-01-01\n"), "x.yaml");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("port", 8080);
        expected.put("hex", 31);
        expected.put("ratio", 0.5);
        expected.put("flag", true);
        expected.put("name", "x");
        expected.put("nothing", null);
        // YAML 1.1 would read these as true, true, 493 and a Date; written back they would change
        expected.put("on", "push");
        expected.put("answer", "yes");
        expected.put("mode", "0755");
        expected.put("when", "2024-01-01");
        assertThat(loaded).isEqualTo(expected);
    }

    @Test
    void an_empty_file_is_no_document() {
        assertThat(SafeYaml.compose(yaml("# only a comment\n"), "x.yaml")).isNull();
        assertThat(SafeYaml.load(new byte[0], "x.yaml")).isNull();
    }

    @Test
    void a_byte_order_mark_is_skipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = yaml("a: b\n");
        byte[] both = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, both, bom.length, text.length);

        assertThat(SafeYaml.load(both, "x.yaml")).isEqualTo(Map.of("a", "b"));
    }

    @Test
    void a_billion_laughs_bomb_is_refused_before_it_expands() {
        StringBuilder bomb = new StringBuilder("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = level;
        }

        assertThat(errorOf(bomb.toString())).isEqualTo("x.yaml:4: more than 20 aliases of mappings or lists"
                + " (expand the YAML by hand; anchors and aliases are limited to keep alias bombs out)");
        assertThatThrownBy(() -> SafeYaml.loadTyped(yaml(bomb.toString()), "x.yaml")).isInstanceOf(CairnException.class);
    }

    @Test
    void a_wide_anchor_expanded_by_few_aliases_is_bounded_when_loaded() {
        // 18 aliases (under the limit) multiply 2,000 values 729 times: composing is cheap, loading is refused
        StringBuilder yaml = new StringBuilder("a: &a [").append(String.join(",", java.util.Collections.nCopies(2000, "x")))
                .append("]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g")) {
            yaml.append(level).append(": &").append(level).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append("]\n");
            previous = level;
        }

        assertThat(SafeYaml.compose(yaml(yaml.toString()), "x.yaml")).isNotNull();
        assertThat(errorOf(yaml.toString())).startsWith("x.yaml:").contains("expands to more than 1000000 values");
    }

    @Test
    void aliases_of_scalars_are_not_limited() {
        StringBuilder yaml = new StringBuilder("a: &a lol\nlist:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - *a\n");
        }

        assertThat((List<?>) ((Map<?, ?>) SafeYaml.load(yaml(yaml.toString()), "x.yaml")).get("list")).hasSize(100);
    }

    @Test
    void a_recursive_alias_is_refused() {
        assertThat(errorOf("a: &a\n  b: *a\n")).isEqualTo(
                "x.yaml:2: an alias refers to a node that contains it (recursive YAML is not allowed; write the value out)");
    }

    @Test
    void deep_nesting_is_refused_naming_the_line() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        yaml.append(" ".repeat(60)).append("end\n");

        assertThat(errorOf(yaml.toString())).isEqualTo(
                "x.yaml:51: mappings and lists are nested more than 50 deep (flatten the YAML)");
    }

    @Test
    void a_huge_file_is_refused() {
        String huge = "a: " + "x".repeat(SafeYaml.MAX_CODE_POINTS) + "\n";

        assertThat(errorOf(huge)).isEqualTo("x.yaml: is larger than 3 MiB"
                + " (YAML files Cairn reads are small; this one is not what Cairn expects)");
    }

    @Test
    void a_quote_or_bracket_left_open_names_the_line_that_opened_it() {
        // SnakeYAML notices only at the end of the file, here past its last line
        assertThat(errorOf("a: b\nc: \"d\ne: f\n")).isEqualTo("x.yaml:2: while scanning a quoted scalar,"
                + " found unexpected end of stream (fix the YAML: check indentation, and quote values that contain ': ' or ' #')");
        assertThat(errorOf("a: b\nc: [d, e\n")).startsWith(
                "x.yaml:2: while parsing a flow sequence, expected ',' or ']', but got <stream end>");
    }

    @Test
    void duplicate_keys_are_refused_at_any_depth() {
        assertThat(errorOf("a:\n  b: 1\n  c: 2\n  b: 3\n")).isEqualTo(
                "x.yaml:4: duplicate key 'b' (it is already set on line 2; keep one)");
    }

    @Test
    void a_key_must_be_a_scalar() {
        assertThat(errorOf("? [a, b]\n: c\n")).isEqualTo("x.yaml:1: a key must be a single value, not a list (use plain text keys)");
    }

    @Test
    void java_tags_are_refused_even_in_sequences_and_keys() {
        assertThat(errorOf("- !!java.io.File /etc/passwd\n")).isEqualTo(
                "x.yaml:1: tag '!!java.io.File' is not allowed (Cairn reads plain YAML only: remove the tag)");
        assertThat(errorOf("? !!java.net.URL http://x\n: y\n")).startsWith("x.yaml:1: tag '!!java.net.URL' is not allowed");
        assertThat(errorOf("a: !!binary aGVsbG8=\n")).startsWith("x.yaml:1: tag '!!binary' is not allowed");
        assertThat(errorOf("a: !!set {x, y}\n")).startsWith("x.yaml:1: tag '!!set' is not allowed");
    }

    @Test
    void malformed_utf8_is_an_error_naming_the_line() {
        byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};

        assertThatThrownBy(() -> SafeYaml.load(bytes, "x.yaml")).isInstanceOf(CairnException.class)
                .extracting(e -> ((CairnException) e).userLine())
                .isEqualTo("x.yaml:2: is not valid UTF-8 (save the file as UTF-8)");
    }

    @Test
    void load_returns_mutable_plain_collections() {
        Object loaded = SafeYaml.load(yaml("a: [1]\n"), "x.yaml");

        assertThat(loaded).isInstanceOf(LinkedHashMap.class);
        assertThat(((Map<?, ?>) loaded).get("a")).isInstanceOf(ArrayList.class);
    }
}
