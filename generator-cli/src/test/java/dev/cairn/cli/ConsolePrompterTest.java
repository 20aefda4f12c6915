package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Answers;
import dev.cairn.generate.Fixtures;
import dev.cairn.generate.Render;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsolePrompterTest {

    private final StringWriter screen = new StringWriter();

    private ConsolePrompter prompter(String typed) {
        return new ConsolePrompter(new BufferedReader(new StringReader(typed)), new PrintWriter(screen));
    }

    private String screen() {
        return screen.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void shows_name_help_choices_and_default_and_enter_takes_the_default() {
        String answer = prompter("\n").ask("framework", "Web framework used by the adapters.", "plain",
                List.of("plain", "spring-boot"), null);

        assertThat(answer).isEqualTo("plain");
        assertThat(screen()).endsWith("""

                framework: Web framework used by the adapters.
                  one of: plain, spring-boot
                  framework [plain]:\s""");
    }

    @Test
    void a_typed_answer_is_trimmed() {
        assertThat(prompter("  orders  \n").ask("artifactId", null, null, List.of(), null)).isEqualTo("orders");
        assertThat(screen()).endsWith("\nartifactId\n  artifactId: ");
    }

    @Test
    void empty_input_without_a_default_is_returned_for_the_caller_to_refuse() {
        assertThat(prompter("\n").ask("artifactId", null, null, List.of(), null)).isEmpty();
    }

    @Test
    void asking_again_shows_why_and_not_the_help_again() {
        prompter("x\n").ask("serviceName", "DNS-safe name.", null, List.of(), "'Bad' does not match [a-z]+");

        assertThat(screen()).doesNotContain("DNS-safe name.").endsWith("  not accepted: 'Bad' does not match [a-z]+\n  serviceName: ");
    }

    @Test
    void the_end_of_input_is_null() {
        assertThat(prompter("").ask("artifactId", null, null, List.of(), null)).isNull();
    }

    @Test
    void with_the_resolver_a_bad_answer_is_explained_and_asked_again() {
        Manifest manifest = new Manifest("choice", "1.0.0", null, null,
                List.of(new Manifest.Parameter("framework", Manifest.Type.CHOICE, "Web framework.", null, null,
                        List.of("plain", "spring-boot"), 3)),
                Map.of(), List.of(), List.of());
        Template template = Fixtures.inMemory("choice", Map.of(
                "META-INF/maven/archetype-metadata.xml", "<archetype-descriptor name=\"t\"><requiredProperties>"
                        + "<requiredProperty key=\"framework\"/></requiredProperties></archetype-descriptor>",
                "archetype-resources/pom.xml", "<project/>"), manifest);

        Answers answers = AnswerResolver.resolve(template,
                new AnswerResolver.Input(Map.of("groupId", "g", "artifactId", "a"), null, List.of(), prompter("sprong\nplain\n")),
                Render.engine(template, RenderOptions.defaults()));

        assertThat(answers.get("framework")).isEqualTo("plain");
        assertThat(screen()).isEqualTo("""
                Some values are missing; answer below (Enter takes the [default], Ctrl-D stops).

                framework: Web framework.
                  one of: plain, spring-boot
                  framework: \
                  not accepted: 'sprong' is not one of plain, spring-boot
                  framework:\s""");
    }
}
