package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.check.Progress;
import dev.cairn.check.ProjectCheck;
import dev.cairn.CairnException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn check} end to end, on small projects compiled into their own target/classes. */
class CheckCommandTest {

    private static final String APP = """
            package com.acme;

            public class App {
                public static void main(String[] args) {
                    System.out.println("hello");
                }
            }
            """;
    private static final String CLEAN_APP = """
            package com.acme;

            public class App {
                public int answer() {
                    return 1;
                }
            }
            """;
    /** A made-up AWS access key id in the shape the secret scan knows. */
    private static final String KEY = "AKIA" + "ABCDEFGHIJKLMNOP";

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path project(Path root, String app) throws IOException {
        write(root, "src/main/java/com/acme/App.java", app);
        compile(root);
        return root;
    }

    private static void write(Path root, String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private static void compile(Path root) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-g", "-d", root.resolve("target/classes").toString()));
        try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void finds_an_archunit_a_checkstyle_and_a_secret_finding_with_file_and_line_and_exits_1(@TempDir Path root) throws IOException {
        project(root, APP.replace("package com.acme;\n", "package com.acme;\n\nimport java.util.*;\n"));
        write(root, "src/main/resources/application.properties", "name=orders\naws.key=" + KEY + "\n");

        Run run = run("check", root.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode findings = json(run.out()).path("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path("tool").asText()).isEqualTo("archunit");
            assertThat(f.path("file").asText()).isEqualTo("src/main/java/com/acme/App.java");
            assertThat(f.path("line").asInt()).isEqualTo(7);
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path("tool").asText()).isEqualTo("checkstyle");
            assertThat(f.path("file").asText()).isEqualTo("src/main/java/com/acme/App.java");
            assertThat(f.path("line").asInt()).isEqualTo(3);
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path("tool").asText()).isEqualTo("secrets");
            assertThat(f.path("file").asText()).isEqualTo("src/main/resources/application.properties");
            assertThat(f.path("line").asInt()).isEqualTo(2);
            assertThat(f.path("severity").asText()).isEqualTo("error");
        });
    }

    @Test
    void the_clean_twin_exits_0(@TempDir Path root) throws IOException {
        project(root, CLEAN_APP);
        write(root, "src/main/resources/application.properties", "name=orders\n");

        Run run = run("check", root.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).isEqualTo("No findings.\n");
    }

    /** The ArchUnit result is cached whole: a stale one would hide a new violation or keep a fixed one. */
    @Test
    void the_archunit_cache_follows_the_classes_and_cairn_yaml(@TempDir Path root) throws IOException {
        project(root, CLEAN_APP);
        assertThat(run("check", root.toString()).exit()).isZero();
        assertThat(root.resolve(".cairn/cache/archunit.json")).isRegularFile();
        assertThat(run("check", root.toString()).exit()).isZero(); // from the cache

        project(root, APP); // a new System.out: recompiled classes, same cache folder
        Run changed = run("check", root.toString(), "--format", "json");
        assertThat(changed.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(json(changed.out()).path("findings")).anySatisfy(f ->
                assertThat(f.path("rule").asText()).isEqualTo("cairn.coding.no-standard-streams"));

        write(root, "cairn.yaml", "rules:\n  cairn.coding.no-standard-streams: off\n");
        Run switchedOff = run("check", root.toString(), "--format", "json");
        assertThat(json(switchedOff.out()).path("findings")).noneSatisfy(f ->
                assertThat(f.path("rule").asText()).isEqualTo("cairn.coding.no-standard-streams"));
    }

    @Test
    void text_groups_by_file_and_counts(@TempDir Path root) throws IOException {
        project(root, APP);

        Run run = run("check", root.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("src/main/java/com/acme/App.java\n  5       error   ")
                .containsPattern("(?m)^\\d+ errors?, \\d+ warnings? \\(archunit 1")
                .doesNotContain("\u001b[");
    }

    @Test
    void gitignored_files_at_any_level_and_target_are_not_scanned(@TempDir Path root) throws IOException {
        project(root, CLEAN_APP);
        write(root, ".gitignore", "*.local\n");
        write(root, "config/.gitignore", "secret.env\n");
        write(root, "app.local", "k=" + KEY + "\n");
        write(root, "config/secret.env", "K=" + KEY + "\n");
        write(root, "target/generated.properties", "k=" + KEY + "\n");
        write(root, "config/kept.env", "K=" + KEY + "\n");
        write(root, "logo.png", "\u0000\u0001binary " + KEY);

        Run run = run("check", root.toString(), "--format", "json");

        assertThat(json(run.out()).path("findings")).extracting(f -> f.path("file").asText()).containsExactly("config/kept.env");
    }

    @Test
    void junit_and_sarif_reports_go_to_the_output_file(@TempDir Path root) throws Exception {
        project(root, APP);
        Path junit = root.resolve("reports/cairn.xml");
        Path sarif = root.resolve("reports/cairn.sarif");

        Run junitRun = run("check", root.toString(), "--format", "junit", "--output", junit.toString());
        Run sarifRun = run("check", root.toString(), "--format", "SARIF", "--output", sarif.toString());

        assertThat(junitRun.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(junitRun.out()).contains("Report: " + junit);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(sarifRun.exit()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode result = json(Files.readString(sarif)).path("runs").path(0).path("results").path(0);
        assertThat(result.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("src/main/java/com/acme/App.java");
    }

    @Test
    void a_baseline_passes_known_findings_and_fails_only_on_a_new_one_after_lines_shift(@TempDir Path root) throws IOException {
        project(root, APP);
        write(root, "src/main/resources/application.properties", "aws.key=" + KEY + "\n");
        Path baseline = root.resolve("cairn-baseline.json");

        Run written = run("check", root.toString(), "--write-baseline", baseline.toString());
        Run rerun = run("check", root.toString(), "--baseline", baseline.toString());

        assertThat(written.exit()).isZero();
        assertThat(written.err()).contains("Wrote 2 findings to the baseline");
        assertThat(rerun.exit()).as(rerun.out()).isZero();
        assertThat(rerun.out()).contains("No new findings.", "Baseline " + baseline + ": 2 findings, 2 of them still there.");

        // lines added above the known finding, and one new violation below it
        project(root, APP.replace("public class App {\n", "/** The app. */\n\n\npublic class App {\n")
                .replace("        System.out.println(\"hello\");\n", "        System.out.println(\"hello\");\n        System.err.println(\"oops\");\n"));
        write(root, "src/main/resources/application.properties", "# keys\n\naws.key=" + KEY + "\n");
        Run after = run("check", root.toString(), "--baseline", baseline.toString(), "--format", "json");

        assertThat(after.exit()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode report = json(after.out());
        assertThat(report.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("tool").asText()).isEqualTo("archunit");
            assertThat(f.path("line").asInt()).isEqualTo(9);
            assertThat(f.path("message").asText()).contains("err");
        });
        assertThat(report.path("baseline").path("size").asInt()).isEqualTo(2);
        assertThat(report.path("baseline").path("known").asInt()).isEqualTo(2);
    }

    @Test
    void a_fixed_finding_is_listed_and_never_fails(@TempDir Path root) throws IOException {
        project(root, APP);
        Path baseline = root.resolve("cairn-baseline.json");
        run("check", root.toString(), "--write-baseline", baseline.toString());
        project(root, CLEAN_APP);

        Run run = run("check", root.toString(), "--baseline", baseline.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1 fixed since the baseline:", "src/main/java/com/acme/App.java",
                "Run with --write-baseline " + baseline + " to tighten it.");
    }

    @Test
    void a_missing_baseline_is_an_error_in_ci_and_empty_elsewhere(@TempDir Path root) throws IOException {
        project(root, APP);
        Path missing = root.resolve("nope.json");

        Assertions.assertThatThrownBy(() -> ProjectCheck.run(request(root, missing, true)))
                .isInstanceOf(CairnException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(missing)).isFalse();
        ProjectCheck.Outcome outside = ProjectCheck.run(request(root, missing, false));
        assertThat(outside.notes()).singleElement().asString().contains("does not exist: every finding counts as new");
        assertThat(outside.report().failed()).isTrue();
        assertThat(Files.exists(missing)).isFalse();
    }

    private static ProjectCheck.Request request(Path root, Path baseline, boolean ci) {
        return new ProjectCheck.Request(root, null, baseline, null, ci, 2, false, total -> Progress.NONE);
    }

    @Test
    void no_compiled_classes_says_to_run_mvn_compile(@TempDir Path root) throws IOException {
        write(root, "src/main/java/com/acme/App.java", APP);

        Run run = run("check", root.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().contains("no compiled classes", "mvn compile", "--classes");
    }

    @Test
    void bad_input_exits_2_in_one_line(@TempDir Path root) throws IOException {
        project(root, CLEAN_APP);

        Run classes = run("check", root.toString(), "--classes", root.resolve("nope.jar").toString());
        Run format = run("check", root.toString(), "--format", "xml");
        Run baseline = run("check", root.toString(), "--baseline", write(root, "broken.json"));

        assertThat(classes.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(classes.err().lines()).singleElement().asString().contains("nope.jar", "no such folder or jar");
        assertThat(format.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err().lines()).singleElement().asString().contains("unknown format 'xml'", "text, json, sarif, junit, markdown");
        assertThat(baseline.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(baseline.err().lines()).singleElement().asString().contains("broken.json:2", "not a JSON file");
    }

    private static String write(Path root, String name) throws IOException {
        write(root, name, "{\n  \"cairnBaseline\": 1,,\n}\n");
        return root.resolve(name).toString();
    }

    @Test
    void classes_from_a_jar(@TempDir Path root) throws Exception {
        project(root, APP);
        Path jar = root.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("com/acme/App.class"));
            out.write(Files.readAllBytes(root.resolve("target/classes/com/acme/App.class")));
            out.closeEntry();
        }
        Trees.delete(root.resolve("target"));

        Run run = run("check", root.toString(), "--classes", jar.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(json(run.out()).path("findings")).anySatisfy(f -> assertThat(f.path("tool").asText()).isEqualTo("archunit"));
    }
}
