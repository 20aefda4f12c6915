package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckstyleRunTest {

    private static final CheckstyleSetup SETUP = new CheckstyleSetup("varied", CheckstyleSetup.resource("check/varied-checkstyle.xml"), null);

    /** A source file with a mix of violations chosen by {@code i}, so that files differ in what they hold. */
    private static String source(int i) {
        StringBuilder s = new StringBuilder("package gen.p" + (i % 7) + ";\n\n");
        if (i % 2 == 0) {
            s.append("import java.util.*;\n");
        }
        if (i % 3 == 0) {
            s.append("import java.util.concurrent.TimeUnit;\n");
        }
        s.append("\npublic class C").append(i).append(" {\n");
        s.append("    int size() {\n        return ").append(i % 5 == 0 ? "42" : "1").append(";\n    }\n");
        if (i % 4 == 0) {
            s.append("    void f(boolean b) {\n        if (b) return;\n    }\n");
        }
        if (i % 5 == 1) {
            s.append("    void g() {\n        try {\n            size();\n        } catch (RuntimeException e) {\n        }\n    }\n");
        }
        if (i % 6 == 2) {
            s.append("    String longLine = \"").append("x".repeat(40 + i % 30)).append("\";\n");
        }
        return s.append("}\n").toString();
    }

    private static List<String> generate(Path root, int count) throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String file = "src/main/java/gen/p" + (i % 7) + "/C" + i + ".java";
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), source(i));
            files.add(file);
        }
        files.sort(null);
        return files;
    }

    @Test
    void parallel_gives_exactly_what_one_thread_gives(@TempDir Path root) throws IOException {
        List<String> files = generate(root, 400);

        CheckstyleRun.Result single = CheckstyleRun.run(root, files, SETUP, 1, false, Progress.NONE);
        CheckstyleRun.Result parallel = CheckstyleRun.run(root, files, SETUP, 4, false, Progress.NONE);

        assertThat(single.analysed()).isEqualTo(400);
        assertThat(parallel.findings()).isEqualTo(single.findings());
        // the tree really holds every kind of violation, so the comparison means something
        assertThat(single.findings()).extracting(Finding::ruleId)
                .contains("test.no-star", "test.unused-import", "MagicNumber", "test.braces", "test.empty-catch", "test.line-length");
        assertThat(single.findings()).hasSizeGreaterThan(400);
    }

    @Test
    void a_finding_names_file_line_column_rule_and_severity(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/A.java"), "package a;\n\nimport java.util.*;\n\nclass A {\n    int n = 42;\n}\n");

        List<Finding> findings = CheckstyleRun.run(root, List.of("src/A.java"), SETUP, 2, false, Progress.NONE).findings();

        assertThat(findings).containsExactly(
                new Finding(Tool.CHECKSTYLE, "test.no-star", Severity.ERROR, "src/A.java", 3, 17, "Using the '.*' form of import should be avoided - java.util.*.",
                        findings.get(0).hint()),
                new Finding(Tool.CHECKSTYLE, "MagicNumber", Severity.WARNING, "src/A.java", 6, 13, "'42' is a magic number.",
                        findings.get(1).hint()));
        assertThat(findings.get(0).hint()).contains("AvoidStarImport");
    }

    @Test
    void an_unchanged_rerun_analyses_nothing_and_an_edited_file_is_analysed_again(@TempDir Path root) throws IOException {
        List<String> files = generate(root, 30);
        AtomicInteger progressed = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void advance(int done) {
                progressed.addAndGet(done);
            }

            @Override
            public void close() {}
        };

        CheckstyleRun.Result cold = CheckstyleRun.run(root, files, SETUP, 2, true, Progress.NONE);
        CheckstyleRun.Result warm = CheckstyleRun.run(root, files, SETUP, 2, true, counting);
        Files.writeString(root.resolve(files.get(3)), source(3).replace("return 1;", "return 77;"));
        CheckstyleRun.Result edited = CheckstyleRun.run(root, files, SETUP, 2, true, Progress.NONE);

        assertThat(cold.analysed()).isEqualTo(30);
        assertThat(warm.analysed()).isZero();
        assertThat(warm.findings()).isEqualTo(cold.findings());
        assertThat(progressed).hasValue(30);
        assertThat(edited.analysed()).isEqualTo(1);
        assertThat(edited.findings()).filteredOn(f -> f.file().equals(files.get(3)) && f.message().contains("'77'")).hasSize(1);
        assertThat(root.resolve(".cairn/cache/.gitignore")).content().contains("*");
    }

    @Test
    void another_configuration_does_not_use_the_cache(@TempDir Path root) throws IOException {
        List<String> files = generate(root, 5);
        CheckstyleRun.run(root, files, SETUP, 1, true, Progress.NONE);

        CheckstyleSetup other = new CheckstyleSetup("other", SETUP.xml().replace("value=\"60\"", "value=\"70\""), null);

        assertThat(CheckstyleRun.run(root, files, other, 1, true, Progress.NONE).analysed()).isEqualTo(5);
    }

    @Test
    void a_file_that_does_not_parse_is_a_finding_not_a_crash(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("Broken.java"), "class Broken { void f( }\n");

        List<Finding> findings = CheckstyleRun.run(root, List.of("Broken.java"), SETUP, 1, false, Progress.NONE).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("cairn.checkstyle.parse-error");
            assertThat(f.file()).isEqualTo("Broken.java");
        });
    }
}
