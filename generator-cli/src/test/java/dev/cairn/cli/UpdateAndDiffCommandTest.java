package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn diff} and {@code cairn update} as a person and a pipeline run them: what they print,
 * in text and JSON, and their exit codes, on a template folder the test moves from 1.0.0 to 1.1.0.
 */
class UpdateAndDiffCommandTest {

    private static final String PROPERTIES = "<requiredProperty key=\"owner\"><defaultValue>platform</defaultValue></requiredProperty>";
    private static final String FILESET = """
            <fileSet filtered="true" encoding="UTF-8"><directory></directory>
              <includes><include>*.md</include><include>*.yaml</include></includes></fileSet>
            """;

    @TempDir
    Path work;

    private String out;
    private String err;

    private int run(String... args) {
        MainTest.Run run = MainTest.run(args);
        out = run.out().replace(System.lineSeparator(), "\n");
        err = run.err().replace(System.lineSeparator(), "\n");
        return run.exitCode();
    }

    private Path project() {
        return work.resolve("demo");
    }

    private void write(String path, String content) throws IOException {
        Files.writeString(project().resolve(path), content, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(project().resolve(path), StandardCharsets.UTF_8);
    }

    private TemplateFolder template(String version, String readme, String config) throws IOException {
        return TemplateFolder.fileset(work.resolve("template"), PROPERTIES, FILESET)
                .file("META-INF/cairn/template.yaml", "id: notes\nversion: " + version + "\n")
                .file("archetype-resources/README.md", readme)
                .file("archetype-resources/config.yaml", config);
    }

    @BeforeEach
    void generated_from_1_0_0() throws IOException {
        template("1.0.0", "# Notes\n\nOwned by ${owner}.\n\nRun it.\n", "port: 8080\nname: notes\nlimit: 10\n");
        assertThat(run("new", work.resolve("template").toString(), "--dir", project().toString(), "-DgroupId=com.acme",
                "-DartifactId=demo", "--non-interactive")).as(err).isZero();
    }

    @Test
    void diff_shows_local_changes_as_a_unified_diff_and_writes_nothing() throws IOException {
        write("config.yaml", "port: 9090\nname: notes\nlimit: 10\n");

        int code = run("diff", "--dir", project().toString());

        assertThat(code).as(err).isZero();
        assertThat(out).isEqualTo("notes 1.0.0 from " + work.resolve("template").toAbsolutePath()
                + "; newest 1.0.0: up to date\n\n"
                + "Local changes against the pristine render of 1.0.0 (1 file):\n"
                + "  modified config.yaml | +1 -1\n\n"
                + "diff --cairn a/config.yaml b/config.yaml\n"
                + "--- a/config.yaml\n+++ b/config.yaml\n"
                + "@@ -1,3 +1,3 @@\n-port: 8080\n+port: 9090\n name: notes\n limit: 10\n");
    }

    @Test
    void diff_to_a_version_shows_what_it_changes_and_what_update_would_do_and_fail_behind_fails() throws IOException {
        write("config.yaml", "port: 9090\nname: notes\nlimit: 10\n");
        template("1.1.0", "# Notes\n\nOwned by ${owner}.\n\nRun it with care.\n", "port: 8080\nname: notes\nlimit: 20\n");

        int code = run("diff", "--dir", project().toString(), "--to", "1.1.0", "--stat");

        assertThat(code).as(err).isZero();
        assertThat(out).contains("; newest 1.1.0: 1 minor version behind\n")
                .contains("What version 1.1.0 changes in the render (2 files):\n"
                        + "  modified README.md   | +1 -1\n  modified config.yaml | +1 -1\n")
                .contains("'cairn update --to 1.1.0' would update notes 1.0.0 -> 1.1.0\n"
                        + "  updated  README.md\n  merged   config.yaml\n")
                .doesNotContain("@@");
        assertThat(read("config.yaml")).isEqualTo("port: 9090\nname: notes\nlimit: 10\n");

        assertThat(run("diff", "--dir", project().toString(), "--fail-behind", "1")).isZero();
        assertThat(run("diff", "--dir", project().toString(), "--fail-behind", "0")).isEqualTo(1);
        assertThat(out).endsWith("More than 0 minor versions behind notes 1.1.0: run 'cairn update'"
                + " (see 'cairn diff --to 1.1.0' first).\n");
    }

    @Test
    void diff_json_parses_and_carries_the_same() throws IOException {
        write("config.yaml", "port: 9090\nname: notes\nlimit: 10\n");
        template("2.0.0", "# Notes\n", "port: 8080\n");

        assertThat(run("diff", "--dir", project().toString(), "--format", "json", "--fail-behind", "5")).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.path("version").asText()).isEqualTo("1.0.0");
        assertThat(json.path("newest").asText()).isEqualTo("2.0.0");
        assertThat(json.path("majorBehind").asBoolean()).isTrue();
        assertThat(json.path("minorsBehind").isNull()).isTrue();
        assertThat(json.path("local").get(0).path("path").asText()).isEqualTo("config.yaml");
        assertThat(json.path("local").get(0).path("diff").asText()).contains("+port: 9090\n");
        assertThat(json.path("incoming").isNull()).isTrue();
    }

    @Test
    void update_merges_prints_per_file_and_records_the_new_version() throws IOException {
        write("config.yaml", "port: 9090\nname: notes\nlimit: 10\n");
        template("1.1.0", "# Notes\n\nOwned by ${owner}.\n\nRun it with care.\n", "port: 8080\nname: notes\nlimit: 20\n");

        int code = run("update", "--dir", project().toString(), "--non-interactive");

        assertThat(code).as(err).isZero();
        assertThat(out).isEqualTo("""
                Updated notes 1.0.0 -> 1.1.0
                  updated  README.md
                  merged   config.yaml
                1 updated, 1 merged
                """);
        assertThat(read("config.yaml")).isEqualTo("port: 9090\nname: notes\nlimit: 20\n");
        assertThat(read(".cairn/answers.yaml")).contains("  version: 1.1.0\n");
    }

    @Test
    void a_conflict_exits_1_with_markers_and_a_summary_and_json_says_the_same() throws IOException {
        write("config.yaml", "port: 9090\nname: notes\nlimit: 10\n");
        template("1.1.0", "# Notes\n\nOwned by ${owner}.\n\nRun it.\n", "port: 8081\nname: notes\nlimit: 10\n");

        assertThat(run("update", "--dir", project().toString(), "--dry-run", "--format", "json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.path("written").asBoolean(true)).isFalse();
        assertThat(json.path("conflicts").asInt()).isEqualTo(1);
        assertThat(json.path("files").get(0).path("action").asText()).isEqualTo("conflict");
        assertThat(read("config.yaml")).isEqualTo("port: 9090\nname: notes\nlimit: 10\n");

        int code = run("update", "--dir", project().toString());

        assertThat(code).isEqualTo(1);
        assertThat(out).isEqualTo("""
                Updated notes 1.0.0 -> 1.1.0
                  conflict  config.yaml
                1 conflict

                1 file needs you:
                  config.yaml: changed on both sides: 1 conflict marked <<<<<<< project ... >>>>>>> notes 1.1.0; \
                resolve and remove the markers
                """);
        assertThat(read("config.yaml")).isEqualTo("<<<<<<< project\nport: 9090\n=======\nport: 8081\n>>>>>>> notes 1.1.0\nname: notes\nlimit: 10\n");
    }

    @Test
    void bad_input_is_one_line_and_exit_2() {
        assertThat(run("update", "--dir", work.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err).isEqualTo("error: " + work.resolve("nowhere") + "/.cairn/answers.yaml: not found: this is not a"
                + " project Cairn generated (run it in a project made by 'cairn new', or pass --dir)\n");

        assertThat(run("update", "--dir", project().toString(), "--to", "9.9.9")).isEqualTo(2);
        assertThat(err).startsWith("error: ").contains("is at version 1.0.0, not 9.9.9");

        assertThat(run("diff", "--dir", project().toString(), "--fail-behind", "-1")).isEqualTo(2);
        assertThat(err).isEqualTo("error: --fail-behind -1 is negative (give a number of minor versions, e.g. --fail-behind 2)\n");
    }
}
