package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlPatchTest {

    private static String patch(String base, String patch) {
        byte[] out = YamlPatch.apply(base.getBytes(StandardCharsets.UTF_8), "application.yaml",
                patch.getBytes(StandardCharsets.UTF_8), "patches/application.yaml");
        return new String(out, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void maps_merge_key_by_key_and_the_patch_wins_for_scalars_and_lists() {
        String merged = patch("""
                server:
                  port: 8080
                  host: 0.0.0.0
                profiles: [dev, test]
                """, """
                server:
                  port: 9090
                  ssl: {enabled: true}
                profiles: [prod]
                extra: x
                """);

        assertThat(merged).isEqualTo("""
                server:
                  port: 9090
                  host: 0.0.0.0
                  ssl:
                    enabled: true
                profiles:
                  - prod
                extra: x
                """);
        @SuppressWarnings("unchecked")
        Map<String, Object> loaded = (Map<String, Object>) SafeYaml.load(merged.getBytes(StandardCharsets.UTF_8), "x");
        assertThat(loaded.get("profiles")).isEqualTo(List.of("prod"));
        assertThat(((Map<?, ?>) loaded.get("server")).get("port")).isEqualTo("9090");
    }

    @Test
    void scalars_keep_their_text_and_comments_of_the_generated_file_survive() {
        String merged = patch("""
                # service configuration
                app:
                  version: 1.10 # not 1.1
                  released: 2024-01-31
                  port: "8080"
                """, "app:\n  name: orders\n");

        assertThat(merged).isEqualTo("""
                # service configuration
                app:
                  version: 1.10 # not 1.1
                  released: 2024-01-31
                  port: "8080"
                  name: orders
                """);
    }

    @Test
    void a_map_replaces_a_scalar_and_a_scalar_replaces_a_map() {
        assertThat(patch("a: 1\nb:\n  c: 2\n", "a:\n  x: 1\nb: gone\n")).isEqualTo("a:\n  x: 1\nb: gone\n");
    }

    @Test
    void an_empty_patch_leaves_the_file_as_it_was() {
        String base = "a:   1  # spacing kept\n";
        assertThat(patch(base, "# nothing\n")).isEqualTo(base);
    }

    @Test
    void only_maps_can_be_patched() {
        assertThatThrownBy(() -> patch("- a\n", "b: 1\n")).isInstanceOf(CairnException.class)
                .hasMessageContaining("the generated file must be a YAML map");
        assertThatThrownBy(() -> patch("a: 1\n", "- b\n")).isInstanceOf(CairnException.class)
                .extracting(e -> ((CairnException) e).file()).isEqualTo("patches/application.yaml");
        assertThatThrownBy(() -> patch("a: [1\n", "b: 1\n")).isInstanceOf(CairnException.class)
                .extracting(e -> ((CairnException) e).file()).isEqualTo("application.yaml");
    }
}
