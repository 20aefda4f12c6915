package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn template test}: each case under META-INF/cairn/tests/ is generated and its build run;
 * a failing build or a missing expected file fails the run (exit 1) and keeps the projects.
 */
class TemplateTestCommandTest {

    @TempDir
    Path tmp;

    TemplateModule module;

    @BeforeEach
    void a_template() throws Exception {
        module = TemplateModule.write(tmp.resolve("template"), "tested-template", "1.0.0");
    }

    private void testCase(String name, String yaml) throws Exception {
        module.file(TemplateModule.RESOURCES + "META-INF/cairn/tests/" + name + ".yaml", yaml);
    }

    @Test
    void every_case_is_generated_and_built() throws Exception {
        testCase("github", """
                answers: {ci: github}
                build: [sh, -c, "grep -q 'made by 1.0.0' README.md && test -f .cairn/answers.yaml"]
                expect:
                  files: [README.md, pom.xml]
                """);
        testCase("gitlab", """
                answers:
                  groupId: org.acme
                  ci: gitlab
                build: [sh, -c, "grep -q '<groupId>org.acme</groupId>' pom.xml"]
                """);
        Path work = tmp.resolve("work");

        CliRun run = CliRun.of("template", "test", module.path().toString(), "--work", work.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("""
                pass  github: 4 files generated, build passed
                pass  gitlab: 4 files generated, build passed
                2 passed, 0 failed
                Projects and build logs: %s
                """.formatted(work));
        assertThat(work.resolve("gitlab/pom.xml")).content().contains("<artifactId>gitlab</artifactId>");
    }

    @Test
    void a_failing_build_or_a_missing_file_fails_the_run_and_keeps_the_projects() throws Exception {
        testCase("builds", "build: [sh, -c, 'exit 0']\n");
        testCase("breaks", "build: [sh, -c, 'echo compilation failed; exit 3']\n");
        testCase("expects", "build: [true]\nexpect:\n  files: [Dockerfile]\n");

        CliRun run = CliRun.of("template", "test", module.path().toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("FAIL  breaks: 'sh -c echo compilation failed; exit 3' failed (exit 3); log: ");
        assertThat(lines.get(1)).isEqualTo("pass  builds: 4 files generated, build passed");
        assertThat(lines.get(2)).isEqualTo("FAIL  expects: expected Dockerfile, which was not generated");
        assertThat(lines.get(3)).isEqualTo("1 passed, 2 failed");
        Path log = Path.of(lines.get(0).substring(lines.get(0).indexOf("log: ") + 5));
        assertThat(log).content().contains("compilation failed");
        assertThat(lines.get(4)).startsWith("Projects and build logs: ");
    }

    @Test
    void case_selects_one_and_an_unknown_case_is_bad_input() throws Exception {
        testCase("one", "build: [true]\n");
        testCase("two", "build: [false]\n");

        CliRun one = CliRun.of("template", "test", module.path().toString(), "--case", "one");
        CliRun unknown = CliRun.of("template", "test", module.path().toString(), "--case", "three");

        assertThat(one.exit()).as(one.toString()).isZero();
        assertThat(one.out()).startsWith("pass  one: ").contains("1 passed, 0 failed");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: no test case 'three' (its cases: one, two)\n");
    }

    @Test
    void a_template_without_cases_and_a_malformed_case_are_bad_input() throws Exception {
        CliRun none = CliRun.of("template", "test", module.path().toString());

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("error: src/main/resources/META-INF/cairn/tests: the template has no test cases");

        testCase("typo", "answers: {}\nbiuld: mvn verify\n");
        CliRun typo = CliRun.of("template", "test", module.path().toString());

        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("error: src/main/resources/META-INF/cairn/tests/typo.yaml:2: unknown key 'biuld'"
                + " in a test case (did you mean 'build'?)\n");
    }

    @Test
    void an_answer_the_template_refuses_names_the_case_file_and_line() throws Exception {
        testCase("wrong", "answers:\n  ci: travis\nbuild: [true]\n");

        CliRun run = CliRun.of("template", "test", module.path().toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL  wrong: generation failed: src/main/resources/META-INF/cairn/tests/wrong.yaml:2: ");
    }

    /** The bundled service's own cases, built with this checkout's rule packs as GeneratedBuild builds projects. */
    @Test
    void the_service_templates_cases_pass() throws Exception {
        List<String> args = new ArrayList<>(List.of("template", "test", Path.of("../archetypes/service").toString(),
                "--work", tmp.resolve("service").toString()));
        for (String option : GeneratedBuild.options(tmp.resolve("service-build"))) {
            args.add("--build-arg=" + option);
        }

        CliRun run = CliRun.of(args);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("pass  default: ", "pass  jenkins-spring-boot-docker: ", "2 passed, 0 failed");
        assertThat(Files.readString(tmp.resolve("service/default.log"))).contains("BUILD SUCCESS");
    }
}
