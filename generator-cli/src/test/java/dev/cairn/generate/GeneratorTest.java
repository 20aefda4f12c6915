package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.CairnVersion;
import dev.cairn.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path work;

    private final Template svc = Fixtures.svc();

    private static Map<String, String> d(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private Generator.Result generate(Template template, AnswerResolver.Input input, boolean dryRun) {
        Generator.Request request = new Generator.Request(template.source(), Path.of("out"), work, input,
                RenderOptions.defaults(), dryRun);
        return Fixtures.generator(template).generate(request);
    }

    private static AnswerResolver.Input input(Map<String, String> values, List<String> with) {
        return new AnswerResolver.Input(values, null, with, null);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void answers_yaml_records_template_answers_overlays_and_secret_names_only() {
        Generator.Result result = generate(svc, input(d("groupId", "com.acme", "artifactId", "orders",
                "serviceName", "orders", "persistence", "postgres"), List.of("docker")), true);

        assertThat(text(result.tree().file(".cairn/answers.yaml"))).isEqualTo("""
                # Written by cairn new and cairn update: the template and answers this project follows.
                cairn: %s
                template:
                  id: svc
                  source: %s
                  version: 1.2.0
                answers:
                  groupId: com.acme
                  artifactId: orders
                  version: 1.0-SNAPSHOT
                  package: com.acme
                  serviceName: orders
                  framework: plain
                  persistence: postgres
                  ci: github
                  coverageMin: '70'
                  observability: 'false'
                overlays: [postgres, docker]
                secrets:
                  - name: db-password
                    env: DB_PASSWORD
                """.formatted(CairnVersion.get(), svc.source().describe()));
    }

    @Test
    void a_secret_whose_condition_is_false_is_not_recorded() {
        Generator.Result result = generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s"), List.of()), true);

        assertThat(result.secrets()).isEmpty();
        assertThat(text(result.tree().file(".cairn/answers.yaml"))).contains("overlays: []\nsecrets: []\n");
    }

    @Test
    void answers_yaml_loads_back_as_an_answers_file_and_gives_the_same_answers() {
        Generator.Result first = generate(svc, input(d("groupId", "com.acme", "artifactId", "orders",
                "serviceName", "orders", "coverageMin", "85", "version", "1.10"), List.of("docker")), true);
        AnswersFile recorded = AnswersFile.parse(first.tree().file(".cairn/answers.yaml"), "other/.cairn/answers.yaml");

        Generator.Result again = generate(svc, new AnswerResolver.Input(Map.of(), recorded, List.of(), null), true);

        assertThat(again.answers().properties()).isEqualTo(first.answers().properties());
        assertThat(again.answers().overlays()).containsExactly("docker");
        assertThat(again.answers().get("version")).isEqualTo("1.10");
        assertThat(again.tree().files().keySet()).isEqualTo(first.tree().files().keySet());
    }

    @Test
    void the_render_itself_stays_pristine_without_the_answers_file() {
        Generator.Result result = generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s"), List.of()), true);
        RenderedTree pristine = Render.render(svc, result.answers(), RenderOptions.defaults());

        assertThat(pristine.files()).doesNotContainKey(".cairn/answers.yaml");
        assertThat(result.tree().files().keySet()).containsAll(pristine.files().keySet()).contains(".cairn/answers.yaml");
    }

    @Test
    void a_dry_run_writes_nothing() throws IOException {
        Generator.Result result = generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s"), List.of()), true);

        assertThat(result.written()).isFalse();
        assertThat(result.tree().files()).isNotEmpty();
        try (var entries = Files.list(work)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void a_dry_run_predicts_that_a_non_empty_target_would_be_refused() throws IOException {
        Files.createDirectories(work.resolve("out"));
        Files.writeString(work.resolve("out/keep.txt"), "mine");

        assertThatThrownBy(() -> generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s"), List.of()), true))
                .isInstanceOf(CairnException.class).hasMessageContaining("already exists and is not empty");
    }

    @Test
    void a_real_run_writes_the_tree_and_the_answers_file() throws IOException {
        Generator.Result result = generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s"),
                List.of("docker")), false);

        assertThat(result.written()).isTrue();
        for (Map.Entry<String, byte[]> file : result.tree().files().entrySet()) {
            assertThat(Files.readAllBytes(work.resolve("out").resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
        assertThat(work.resolve("out/.cairn/answers.yaml")).exists();
        assertThat(work.resolve("out/Dockerfile")).exists();
    }

    @Test
    void a_refused_value_writes_nothing() throws IOException {
        assertThatThrownBy(() -> generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s",
                "framework", "sprong"), List.of()), false)).isInstanceOf(CairnException.class);
        try (var entries = Files.list(work)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void unknown_dash_d_names_become_warnings() {
        Generator.Result result = generate(svc, input(d("groupId", "g", "artifactId", "a", "serviceName", "s",
                "interactiveMode", "false"), List.of()), true);

        assertThat(result.warnings()).containsExactly("-DinteractiveMode is not a property of svc; ignored");
    }
}
