package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.maven.archetype.metadata.ArchetypeDescriptor;
import org.apache.maven.archetype.metadata.RequiredProperty;
import org.junit.jupiter.api.Test;

/**
 * Batch-mode property resolution as maven-archetype-plugin 3.4.1 does it; the whole-tree agreement
 * with the plugin is checked by {@code PluginParityTest}, these pin the rules one at a time.
 */
class ArchetypePropertiesTest {

    private static final Map<String, String> GIVEN = Map.of("groupId", "com.example", "artifactId", "demo");

    @Test
    void a_default_may_reference_properties_declared_after_it() {
        Template template = template(
                property("fullTitle", "${appTitle} (${appName})"),
                property("appName", "${artifactId}-app"),
                property("appTitle", "Demo of ${artifactId}"));

        Properties resolved = resolve(template, GIVEN);

        assertThat(resolved.getProperty("fullTitle")).isEqualTo("Demo of demo (demo-app)");
        assertThat(resolved.getProperty("appName")).isEqualTo("demo-app");
    }

    @Property(tries = 60)
    void a_reference_chain_resolves_whatever_the_declaration_order(@ForAll("chainOrders") List<Integer> order) {
        // p0 -> p1 -> ... -> pN -> artifactId; declared in a shuffled order
        int last = order.size() - 1;
        List<RequiredProperty> declared = new ArrayList<>();
        for (int i : order) {
            declared.add(property("p" + i, i == last ? "${artifactId}" : "${p" + (i + 1) + "}+"));
        }

        Properties resolved = resolve(template(declared.toArray(RequiredProperty[]::new)), GIVEN);

        for (int i = 0; i <= last; i++) {
            assertThat(resolved.getProperty("p" + i)).isEqualTo("demo" + "+".repeat(last - i));
        }
    }

    @Provide
    Arbitrary<List<Integer>> chainOrders() {
        return Arbitraries.integers().between(1, 9)
                .flatMap(n -> Arbitraries.shuffle(IntStream.range(0, n).boxed().toList()));
    }

    @Test
    void a_given_value_wins_over_the_default_and_is_kept_unevaluated() {
        // the plugin evaluates given values later, when it builds the render context
        Map<String, String> given = new LinkedHashMap<>(GIVEN);
        given.put("appName", "Hi ${artifactId}");
        Template template = template(property("appName", "${artifactId}-app"));

        assertThat(resolve(template, given).getProperty("appName")).isEqualTo("Hi ${artifactId}");
    }

    @Test
    void a_reference_to_a_property_that_is_not_required_stays_as_written() {
        Template template = template(property("service", "${rootArtifactId}-svc"));

        assertThat(resolve(template, GIVEN).getProperty("service")).isEqualTo("${rootArtifactId}-svc");
    }

    @Test
    void only_required_properties_and_built_ins_are_resolved() {
        Map<String, String> given = new LinkedHashMap<>(GIVEN);
        given.put("extra", "EXTRA");

        Properties resolved = resolve(template(property("db.name", "orders")), given);

        assertThat(resolved.stringPropertyNames())
                .containsExactlyInAnyOrder("groupId", "artifactId", "version", "package", "db.name");
    }

    @Test
    void version_and_package_default_as_in_the_plugin() {
        Properties resolved = resolve(template(), GIVEN);

        assertThat(resolved.getProperty("version")).isEqualTo("1.0-SNAPSHOT");
        assertThat(resolved.getProperty("package")).isEqualTo("com.example");
    }

    @Test
    void a_descriptor_default_for_a_built_in_replaces_the_plugins_default() {
        Properties resolved = resolve(template(property("version", "0.1.0-SNAPSHOT")), GIVEN);

        assertThat(resolved.getProperty("version")).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void a_property_without_default_or_value_is_reported_by_name() {
        Template template = template(property("dbUser", null), property("dbPassword", null));

        assertThatThrownBy(() -> resolve(template, GIVEN))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining("dbUser, dbPassword");
    }

    @Test
    void the_prompt_is_asked_only_for_what_has_no_value() {
        List<String> asked = new ArrayList<>();
        Template template = template(property("dbUser", null), property("port", "8080"));

        Properties resolved = ArchetypeProperties.resolve(template, GIVEN, engine(template), key -> {
            asked.add(key);
            return "admin";
        });

        assertThat(asked).containsExactly("dbUser");
        assertThat(resolved.getProperty("dbUser")).isEqualTo("admin");
        assertThat(resolved.getProperty("port")).isEqualTo("8080");
    }

    private static Properties resolve(Template template, Map<String, String> given) {
        return ArchetypeProperties.resolve(template, given, engine(template), key -> null);
    }

    private static TemplateEngine engine(Template template) {
        return new TemplateEngine(template.files(), false, new OutputBudget(OutputBudget.DEFAULT_LIMIT));
    }

    static RequiredProperty property(String key, String defaultValue) {
        RequiredProperty p = new RequiredProperty();
        p.setKey(key);
        p.setDefaultValue(defaultValue);
        return p;
    }

    static Template template(RequiredProperty... properties) {
        ArchetypeDescriptor descriptor = new ArchetypeDescriptor();
        descriptor.setName("test");
        for (RequiredProperty p : properties) {
            descriptor.addRequiredProperty(p);
        }
        return new Template("test", "1", null, TemplateFiles.fromZip(minimalJar(), "test.jar"), descriptor, null, null);
    }

    private static byte[] minimalJar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("archetype-resources/pom.xml"));
            zip.write("<project/>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
