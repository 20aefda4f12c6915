package dev.cairn.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The archetype jars of archetypes/ are inside the CLI, as the build copies them. */
class BundledTemplatesTest {

    @Test
    void the_index_lists_the_service_template() {
        assertThat(BundledSource.names()).contains("service");
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
}
