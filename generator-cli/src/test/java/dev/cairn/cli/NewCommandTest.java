package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.generate.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn new} in-process, on a plain archetype (no manifest). */
class NewCommandTest {

    @TempDir
    Path work;

    private final String plain = Fixtures.TEMPLATES.resolve("plain").toString();
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString().replace(System.lineSeparator(), "\n");
        err = e.toString().replace(System.lineSeparator(), "\n");
        return code;
    }

    private String dir(String name) {
        return work.resolve(name).toString();
    }

    private Path file(String name, String text) throws IOException {
        Path p = work.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String read(String path) throws IOException {
        return Files.readString(work.resolve(path)).replace(System.lineSeparator(), "\n");
    }

    private void assertOneLineError(String expected) {
        assertThat(err).isEqualTo("error: " + expected + "\n");
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void dash_d_beats_the_answers_file_which_beats_defaults() throws IOException {
        Path answers = file("answers.yaml", "serviceName: from-file\ngreeting: hola\ngroupId: com.acme\n");

        int code = run("new", plain, "--dir", dir("p"), "--answers", answers.toString(), "-DserviceName=from-d",
                "-DartifactId=orders", "--non-interactive");

        assertThat(code).as(err).isZero();
        assertThat(read("p/README.md")).isEqualTo("# from-d\n\nhola from orders 1.0-SNAPSHOT\n");
        assertThat(read("p/src/main/java/com/acme/App.java")).contains("package com.acme;");
    }

    @Test
    void a_real_run_says_what_it_made_and_what_to_do_next() {
        int code = run("new", plain, "--dir", dir("p"), "-DgroupId=com.acme", "-DartifactId=orders", "-DserviceName=orders");

        assertThat(code).isZero();
        assertThat(err).isEmpty();
        assertThat(out).isEqualTo("Created " + dir("p") + " from " + plain + ": 5 files.\n"
                + "  answers recorded in " + dir("p") + "/.cairn/answers.yaml (reuse them with --answers)\n"
                + "\nNext steps:\n  cd " + dir("p") + " && mvn verify\n");
    }

    @Test
    void a_value_that_fails_its_check_is_one_line_exit_2_and_nothing_written() {
        assertThat(run("new", plain, "--dir", dir("p"), "-DgroupId=g", "-DartifactId=a", "-DserviceName=Orders")).isEqualTo(2);
        assertOneLineError("-DserviceName: 'Orders' does not match [a-z][a-z0-9-]* (pass a value that matches)");
    }

    @Test
    void a_bad_answers_file_value_names_the_file_and_line() throws IOException {
        Path answers = file("answers.yaml", "groupId: g\nartifactId: a\nserviceName: Orders\n");
        assertThat(run("new", plain, "--dir", dir("p"), "--answers", answers.toString())).isEqualTo(2);
        assertOneLineError(answers + ":3: serviceName: 'Orders' does not match [a-z][a-z0-9-]* (pass a value that matches)");
    }

    @Test
    void broken_yaml_in_the_answers_file_names_the_line() throws IOException {
        Path answers = file("answers.yaml", "groupId: g\nartifactId: [a\nserviceName: s\n");
        assertThat(run("new", plain, "--dir", dir("p"), "--answers", answers.toString())).isEqualTo(2);
        assertThat(err).startsWith("error: " + answers + ":").contains("expected ',' or ']'").endsWith("(fix the YAML: check indentation, and quote values that contain ': ' or ' #')\n");
        assertThat(err.lines()).hasSize(1);
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void an_unknown_key_in_the_answers_file_is_an_error() throws IOException {
        Path answers = file("answers.yaml", "groupId: g\nartifactId: a\nservicename: s\n");
        assertThat(run("new", plain, "--dir", dir("p"), "--answers", answers.toString())).isEqualTo(2);
        assertOneLineError(answers + ":3: 'servicename' is not a property of " + plain
                + " (its properties: serviceName, greeting, groupId, artifactId, version, package)");
    }

    @Test
    void a_missing_answers_file_is_an_error() {
        assertThat(run("new", plain, "--dir", dir("p"), "--answers", dir("nope.yaml"))).isEqualTo(2);
        assertOneLineError(dir("nope.yaml") + ": no such answers file (check the path given to --answers)");
    }

    @Test
    void without_a_terminal_a_missing_value_says_how_to_pass_it() {
        assertThat(run("new", plain, "--dir", dir("p"), "-DgroupId=g", "-DserviceName=s")).isEqualTo(2);
        assertOneLineError("missing value for artifactId (pass -DartifactId=VALUE or --answers FILE, or run in a terminal to be asked)");
    }

    @Test
    void with_on_a_template_without_overlays_is_an_error() {
        assertThat(run("new", plain, "--dir", dir("p"), "-DgroupId=g", "-DartifactId=a", "-DserviceName=s", "--with", "docker"))
                .isEqualTo(2);
        assertOneLineError("--with: unknown overlay 'docker' (this template has no overlays)");
    }

    @Test
    void an_unknown_format_is_refused() {
        assertThat(run("new", plain, "--format", "xml")).isEqualTo(2);
        assertThat(err).contains("--format").contains("text, json");
    }

    @Test
    void a_dry_run_lists_every_path_and_writes_nothing() throws IOException {
        int code = run("new", plain, "--dir", dir("p"), "-DgroupId=com.acme", "-DartifactId=a", "-DserviceName=s", "--dry-run");

        assertThat(code).isZero();
        assertThat(out).isEqualTo("Would create " + dir("p") + " from " + plain + ": 5 files (dry run: nothing written)\n"
                + "  .cairn/answers.yaml\n  .cairn/pristine.zip\n  README.md\n  pom.xml\n  src/main/java/com/acme/App.java\n");
        try (Stream<Path> entries = Files.list(work)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void the_json_plan_parses_and_describes_the_files() throws IOException {
        int code = run("new", plain, "--dir", dir("p"), "-DgroupId=com.acme", "-DartifactId=a", "-DserviceName=s",
                "-Dunknown=1", "--dry-run", "--format", "json");

        assertThat(code).isZero();
        assertThat(err).isEqualTo("warning: -Dunknown is not a property of " + plain + "; ignored\n");
        JsonNode plan = new ObjectMapper().readTree(out);
        assertThat(plan.path("written").asBoolean(true)).isFalse();
        assertThat(plan.path("target").asText()).isEqualTo(dir("p"));
        assertThat(plan.path("template").path("source").asText()).isEqualTo(plain);
        List<String> paths = new ArrayList<>();
        plan.path("files").forEach(f -> paths.add(f.path("path").asText()));
        assertThat(paths).containsExactly(".cairn/answers.yaml", ".cairn/pristine.zip", "README.md", "pom.xml",
                "src/main/java/com/acme/App.java");
        assertThat(plan.path("files").get(2).path("size").asInt()).isEqualTo("# s\n\nhello from a 1.0-SNAPSHOT\n".length());
        assertThat(plan.path("directories").toString()).contains("\"src/main/java/com/acme\"");
        assertThat(plan.path("answers").path("serviceName").asText()).isEqualTo("s");
        assertThat(plan.path("answers").has("unknown")).isFalse();
        assertThat(plan.path("overlays").isArray()).isTrue();
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void a_projects_answers_file_regenerates_the_same_project() throws IOException {
        assertThat(run("new", plain, "--dir", dir("first"), "-DgroupId=com.acme", "-DartifactId=orders",
                "-DserviceName=orders", "-Dgreeting=hi there", "-Dversion=1.10")).as(err).isZero();

        assertThat(run("new", plain, "--dir", dir("second"), "--answers", dir("first/.cairn/answers.yaml"))).as(err).isZero();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(work.resolve("first"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(5);
        for (Path f : files) {
            Path twin = work.resolve("second").resolve(work.resolve("first").relativize(f));
            assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(f));
        }
        assertThat(read("second/README.md")).isEqualTo("# orders\n\nhi there from orders 1.10\n");
    }
}
