package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.velocity.VelocityContext;
import org.junit.jupiter.api.Test;

/** {@code __property__} in output paths, as the plugin's {@code replaceFilenameTokens}. */
class FilenameTokensTest {

    private final VelocityContext context = new VelocityContext();

    FilenameTokensTest() {
        context.put("artifactId", "demo");
        context.put("db.name", "orders");
        context.put("port", "9090");
        context.put("some_thing", "underscored");
        context.put("blank", "  ");
        context.put("empty", "");
        context.put("number", 42);
    }

    private String replace(String path) {
        return ArchetypeRenderer.replaceFilenameTokens(path, context);
    }

    @Test
    void a_token_is_replaced_by_the_property_value() {
        assertThat(replace("config/__artifactId__.conf")).isEqualTo("config/demo.conf");
    }

    @Test
    void a_dotted_name_is_a_property_name_in_a_path() {
        assertThat(replace("sql/__db.name__/schema.sql")).isEqualTo("sql/orders/schema.sql");
    }

    @Test
    void several_tokens_in_one_segment_and_adjacent_tokens() {
        assertThat(replace("__artifactId__-__port__.txt")).isEqualTo("demo-9090.txt");
        assertThat(replace("__artifactId____port__")).isEqualTo("demo9090");
    }

    @Test
    void single_underscores_belong_to_the_name() {
        assertThat(replace("__some_thing__.txt")).isEqualTo("underscored.txt");
    }

    @Test
    void an_unknown_blank_or_empty_value_leaves_the_token() {
        assertThat(replace("__unknown__/__blank__/__empty__.txt")).isEqualTo("__unknown__/__blank__/__empty__.txt");
    }

    @Test
    void a_value_that_is_not_a_string_leaves_the_token() {
        // the plugin casts to String and fails; Cairn leaves such a token alone
        assertThat(replace("__number__.txt")).isEqualTo("__number__.txt");
    }

    @Test
    void text_without_a_complete_token_is_unchanged() {
        assertThat(replace("__init__.py")).isEqualTo("__init__.py");
        assertThat(replace("_artifactId_/__artifactId")).isEqualTo("_artifactId_/__artifactId");
    }
}
