package dev.cairn.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.CairnVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The archetype jars of archetypes/ are inside the CLI, as the build copies them. */
class BundledTemplatesTest {

    @Test
    void the_index_lists_the_service_and_library_templates() {
        assertThat(BundledSource.names()).contains("service", "library");
    }

    @Test
    void every_listed_template_is_a_whole_archetype_jar_with_a_manifest() {
        for (String name : BundledSource.names()) {
            TemplateFiles files = new BundledSource(name).open();

            assertThat(files.contains(Template.DESCRIPTOR)).as(name).isTrue();
            assertThat(files.contains(Template.MANIFEST)).as(name).isTrue();
            assertThat(files.contains("archetype-resources/pom.xml")).as(name).isTrue();
        }
    }

    @Test
    void dot_files_survive_packaging() {
        // maven-resources-plugin and the archetype jar drop .gitignore unless told otherwise
        TemplateFiles files = new BundledSource("service").open();

        assertThat(files.contains("archetype-resources/.gitignore")).isTrue();
        assertThat(files.contains("archetype-resources/.env.example")).isTrue();
        assertThat(files.contains("archetype-resources/.github/workflows/ci.yml")).isTrue();
    }

    @Test
    void the_library_keeps_its_dot_files_and_pins_the_rule_packs_to_this_build() {
        TemplateFiles files = new BundledSource("library").open();

        assertThat(files.contains("archetype-resources/.gitignore")).isTrue();
        assertThat(files.contains("archetype-resources/.mvn/publish-settings.xml")).isTrue();
        assertThat(files.contains("archetype-resources/.github/workflows/ci.yml")).isTrue();
        assertThat(files.contains("archetype-resources/.gitlab-ci.yml")).isTrue();
        // the archetype's build filled in its own version, which is Cairn's
        assertThat(new String(files.read("archetype-resources/pom.xml"), StandardCharsets.UTF_8))
                .contains("<cairn.version>" + CairnVersion.get() + "</cairn.version>");
    }
}
