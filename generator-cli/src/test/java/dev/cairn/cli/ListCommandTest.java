package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.template.BundledSource;
import dev.cairn.template.TemplateSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void lists_every_bundled_template_or_says_how_to_use_a_folder_or_jar() {
        String[] run = run("list");

        assertThat(run[0]).isEqualTo("0");
        assertThat(run[2]).isEmpty();
        List<String> names = BundledSource.names();
        if (names.isEmpty()) {
            assertThat(run[1]).startsWith("No templates are bundled with this build of Cairn.\n")
                    .contains("cairn describe ./my-archetype");
        } else {
            assertThat(run[1]).startsWith("TEMPLATE").contains(names);
        }
    }

    @Test
    void json_lists_the_same_templates() {
        String[] run = run("list", "--format", "json");

        assertThat(run[0]).isEqualTo("0");
        if (BundledSource.names().isEmpty()) {
            assertThat(run[1]).isEqualTo("{\n  \"templates\": [],\n  \"catalogs\": []\n}\n");
        } else {
            for (String name : BundledSource.names()) {
                assertThat(run[1]).contains("\"name\": \"" + name + "\"");
            }
        }
    }

    @Test
    void text_is_a_table_with_a_dash_for_an_unknown_version() {
        String text = ListCommand.render(List.of(
                new TemplateSummary("service", "service", "1.0.0", "Hexagonal Java service"),
                new TemplateSummary("quickstart", "maven-archetype-quickstart", null, null)), OutputFormat.text);

        assertThat(text).isEqualTo("""
                TEMPLATE    VERSION  DESCRIPTION
                service     1.0.0    Hexagonal Java service
                quickstart  -

                Run 'cairn describe TEMPLATE' to see its parameters, overlays and secrets.
                """);
    }

    @Test
    void json_keeps_every_key_with_null_for_the_unknown() {
        String json = ListCommand.render(List.of(new TemplateSummary("quickstart", "maven-archetype-quickstart", null, null)),
                OutputFormat.json);

        assertThat(json).isEqualTo("""
                {
                  "templates": [
                    {
                      "name": "quickstart",
                      "id": "maven-archetype-quickstart",
                      "version": null,
                      "summary": null
                    }
                  ],
                  "catalogs": []
                }
                """);
    }
}
