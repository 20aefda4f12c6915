package dev.cairn.update;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.template.Manifest;
import dev.cairn.template.Manifest.Migration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Migrations move files and rename YAML keys, keep everything else as written, and change nothing the second time. */
class MigrationsTest {

    private static final String YAML = """
            # the service's configuration
            server:
              port: 8080   # the HTTP port
              'host': localhost
            features:
              discounts: true
            """;

    private static Manifest manifest(List<Migration> migrations) {
        return new Manifest("svc", "2.0.0", null, null, List.of(), new java.util.LinkedHashMap<>(), List.of(), List.of(),
                migrations);
    }

    private static Migration move(String version, String from, String to) {
        return new Migration(version, Migration.Step.MOVE, null, from, to, 1);
    }

    private static Migration renameKey(String version, String file, String from, String to) {
        return new Migration(version, Migration.Step.RENAME_KEY, file, from, to, 1);
    }

    private static Properties answers() {
        Properties p = new Properties();
        p.setProperty("package", "com.acme.orders");
        p.setProperty("artifactId", "orders");
        return p;
    }

    private static Map<String, FileVersion> tree(String... pathsAndTexts) {
        Map<String, FileVersion> tree = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tree.put(pathsAndTexts[i], new FileVersion(pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8), false));
        }
        return tree;
    }

    private static String text(Map<String, FileVersion> tree, String path) {
        return new String(tree.get(path).content(), StandardCharsets.UTF_8);
    }

    @Test
    void only_the_steps_an_update_crosses_run_in_version_order_with_path_tokens_put_in() {
        Manifest m = manifest(List.of(move("2.0.0", "b", "c"), move("1.1.0", "src/__packageInPathFormat__/A.java", "a2"),
                move("1.0.0", "too-old", "x")));

        List<Migrations.Step> steps = Migrations.between(m, "1.0.0", "2.0.0", answers());

        assertThat(steps).extracting(Migrations.Step::describe)
                .containsExactly("move src/com/acme/orders/A.java -> a2", "move b -> c");
    }

    @Test
    void a_move_carries_the_file_and_is_idempotent() {
        Map<String, FileVersion> tree = tree("config/app.yaml", "edited: yes\n");
        List<Migrations.Step> steps = Migrations.between(manifest(List.of(move("1.1.0", "config/app.yaml", "app.yaml"))),
                "1.0.0", "1.1.0", answers());

        assertThat(Migrations.apply(steps, tree, "")).hasSize(1);
        assertThat(tree).containsOnlyKeys("app.yaml");
        assertThat(text(tree, "app.yaml")).isEqualTo("edited: yes\n");

        Map<String, FileVersion> again = new TreeMap<>(tree);
        assertThat(Migrations.apply(steps, again, "")).isEmpty();
        assertThat(again).isEqualTo(tree);
    }

    @Test
    void a_move_never_overwrites_a_file_at_the_new_path() {
        Map<String, FileVersion> tree = tree("old", "old\n", "new", "team's own\n");
        List<Migrations.Step> steps = Migrations.between(manifest(List.of(move("1.1.0", "old", "new"))), "1.0.0", "1.1.0",
                answers());

        assertThat(Migrations.apply(steps, tree, "")).isEmpty();
        assertThat(text(tree, "new")).isEqualTo("team's own\n");
        assertThat(text(tree, "old")).isEqualTo("old\n");
    }

    @Test
    void rename_key_changes_only_the_key_and_keeps_comments_layout_and_values() {
        Map<String, FileVersion> tree = tree("app.yaml", YAML);
        List<Migrations.Step> steps = Migrations.between(manifest(List.of(
                renameKey("1.1.0", "app.yaml", "server.port", "server.httpPort"),
                renameKey("1.1.0", "app.yaml", "server.host", "server.address"))), "1.0.0", "1.1.0", answers());

        Migrations.apply(steps, tree, "");

        assertThat(text(tree, "app.yaml")).isEqualTo("""
                # the service's configuration
                server:
                  httpPort: 8080   # the HTTP port
                  'address': localhost
                features:
                  discounts: true
                """);
    }

    @Test
    void rename_key_leaves_a_file_without_the_key_or_with_both_keys_as_it_is() {
        String both = "server:\n  port: 1\n  httpPort: 2\n";
        Map<String, FileVersion> tree = tree("app.yaml", both, "other.yaml", "a: 1\n");
        List<Migrations.Step> steps = Migrations.between(manifest(List.of(
                renameKey("1.1.0", "app.yaml", "server.port", "server.httpPort"),
                renameKey("1.1.0", "other.yaml", "server.port", "server.httpPort"),
                renameKey("1.1.0", "missing.yaml", "a", "b"))), "1.0.0", "1.1.0", answers());

        assertThat(Migrations.apply(steps, tree, "")).isEmpty();
        assertThat(text(tree, "app.yaml")).isEqualTo(both);
        assertThat(text(tree, "other.yaml")).isEqualTo("a: 1\n");
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    @Property(tries = 200)
    void applying_a_migration_twice_changes_nothing_more_than_once(@ForAll("keys") String parent, @ForAll("keys") String key,
            @ForAll("keys") String renamed, @ForAll("keys") String other) {
        Assume.that(!key.equals(other + "x"));
        String yaml = parent + ":\n  " + key + ": 1 # note\n  " + other + "x: [a, b]\n";
        Map<String, FileVersion> tree = tree("c.yaml", yaml, "m.txt", "moved\n");
        List<Migrations.Step> steps = Migrations.between(manifest(List.of(
                renameKey("1.1.0", "c.yaml", parent + "." + key, parent + "." + renamed),
                move("1.1.0", "m.txt", "moved/m.txt"))), "1.0.0", "1.1.0", answers());

        Migrations.apply(steps, tree, "");
        Map<String, FileVersion> once = new TreeMap<>(tree);
        Migrations.apply(steps, tree, "");

        assertThat(tree).isEqualTo(once);
        assertThat(text(tree, "c.yaml")).contains(": 1 # note\n").contains(other + "x: [a, b]");
        if (!key.equals(renamed) && !renamed.equals(other + "x")) {
            assertThat(text(tree, "c.yaml")).contains("  " + renamed + ": 1 # note\n");
        }
    }
}
