package dev.cairn.playbook;

import static dev.cairn.playbook.Trees.verify;
import static dev.cairn.playbook.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every verification type passes and fails on real project trees: the bundled service as {@code cairn new} generates
 * it (GitHub, GitLab and Jenkins variants), changed where a failure needs it, and small compiled projects for the rule
 * packs.
 */
class VerificationsTest {

    @TempDir
    static Path shared;

    static Path github;
    static Path gitlab;
    static Path jenkins;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() {
        github = Trees.service(shared.resolve("github"));
        gitlab = Trees.service(shared.resolve("gitlab"), "-Dci=gitlab", "-Dpersistence=postgres");
        jenkins = Trees.service(shared.resolve("jenkins"), "-Dci=jenkins", "-Ddeploy-strategy=canary");
    }

    /** A copy of the GitHub service to change. */
    private Path copy() throws IOException {
        Path target = tmp.resolve("copy");
        try (var files = Files.walk(github)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(github.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(source, to);
                }
            }
        }
        return target;
    }

    @Nested
    class FileExistsVerification {
        @Test
        void passes_for_a_file_and_for_a_glob() throws IOException {
            assertThat(verify(github, "file-exists: docs/architecture.md").passed()).isTrue();
            Verification.Verdict glob = verify(gitlab, "file-exists: src/main/resources/db/migration/V*__*.sql");
            assertThat(glob.passed()).isTrue();
            assertThat(glob.detail()).isEqualTo("src/main/resources/db/migration/V1__create_orders.sql and 1 more");
            assertThat(verify(github, "file-exists: '**/ArchitectureTest.java'").passed()).isTrue();
        }

        @Test
        void fails_when_nothing_matches() throws IOException {
            Verification.Verdict missing = verify(github, "file-exists: src/main/resources/db/migration/V*__*.sql");
            assertThat(missing.passed()).isFalse();
            assertThat(missing.detail()).isEqualTo("no file src/main/resources/db/migration/V*__*.sql");
            assertThat(verify(github, "file-exists: docs").passed()).as("a folder is not a file").isFalse();
        }

        @Test
        void refuses_a_path_that_climbs_out() {
            assertThatThrownBy(() -> Trees.playbookWith("file-exists: ../secrets.txt"))
                    .isInstanceOf(CairnException.class).hasMessageContaining("climbs out");
        }
    }

    @Nested
    class FileMatchesVerification {
        @Test
        void passes_when_a_line_matches_and_names_it() throws IOException {
            Verification.Verdict verdict = verify(github, "file-matches: {path: .gitignore, pattern: '^\\.env$'}");
            assertThat(verdict.passed()).isTrue();
            assertThat(verdict.detail()).matches("\\.gitignore:\\d+ matches");
        }

        @Test
        void fails_without_a_match_or_a_file() throws IOException {
            Path project = copy();
            Files.writeString(project.resolve(".gitignore"), "target/\n.env.local\n");
            assertThat(verify(project, "file-matches: {path: .gitignore, pattern: '^\\.env$'}").passed())
                    .as(".env.local is not .env").isFalse();
            assertThat(verify(project, "file-matches: {path: CHANGELOG.md, pattern: '## 1'}").detail())
                    .isEqualTo("no file CHANGELOG.md");
        }

        @Test
        void a_bad_regex_is_bad_input_with_its_line() {
            assertThatThrownBy(() -> Trees.playbookWith("file-matches: {path: .gitignore, pattern: '(unclosed'}"))
                    .isInstanceOf(CairnException.class)
                    .satisfies(e -> assertThat(((CairnException) e).line()).isEqualTo(13))
                    .hasMessageContaining("not a regular expression");
        }
    }

    @Nested
    class YamlKeyVerification {
        @Test
        void passes_for_a_nested_key_with_and_without_a_value() throws IOException {
            assertThat(verify(github, "yaml-key: {file: src/main/resources/application-prod.yaml, key: api.token-required, value: 'true'}")
                    .passed()).isTrue();
            assertThat(verify(github, "yaml-key: {file: src/main/resources/application.yaml, key: server.port}").passed()).isTrue();
            assertThat(verify(github, "yaml-key: {file: .github/workflows/ci.yml, key: jobs.verify.steps.0.uses, value: actions/checkout@v4}")
                    .passed()).as("a number indexes a list").isTrue();
        }

        @Test
        void finds_flat_dotted_keys_too() throws IOException {
            write(tmp, "application.yaml", "spring.datasource.url: jdbc:postgresql://db/orders\nmanagement:\n  endpoints.web.base-path: /\n");
            assertThat(verify(tmp, "yaml-key: {file: application.yaml, key: spring.datasource.url}").passed()).isTrue();
            assertThat(verify(tmp, "yaml-key: {file: application.yaml, key: management.endpoints.web.base-path, value: /}").passed()).isTrue();
        }

        @Test
        void fails_for_a_missing_key_another_value_or_a_broken_file() throws IOException {
            Verification.Verdict other = verify(github, "yaml-key: {file: src/main/resources/application.yaml, key: api.token-required, value: 'true'}");
            assertThat(other.passed()).isFalse();
            assertThat(other.detail()).isEqualTo("src/main/resources/application.yaml: api.token-required is 'false', not 'true'");
            assertThat(verify(github, "yaml-key: {file: src/main/resources/application.yaml, key: api.secret}").detail())
                    .isEqualTo("src/main/resources/application.yaml has no key api.secret");
            write(tmp, "broken.yaml", "a: [1, 2\n");
            assertThat(verify(tmp, "yaml-key: {file: broken.yaml, key: a}").detail()).startsWith("broken.yaml:");
        }
    }

    @Nested
    class RulePassesVerification {
        private static final String ORDER = """
                package com.acme.orders.domain;

                public class Order {
                    public int total() {
                        return 1;
                    }
                }
                """;
        private static final String LEAKING_ORDER = """
                package com.acme.orders.domain;

                import com.acme.orders.adapter.web.OrderController;

                public class Order {
                    public int total() {
                        return new OrderController().hashCode();
                    }
                }
                """;
        private static final String CONTROLLER = """
                package com.acme.orders.adapter.web;

                public class OrderController {
                    public void handle() {
                        try {
                            Integer.parseInt("1");
                        } catch (NumberFormatException e) {
                        }
                    }
                }
                """;

        private Path project(String order) throws IOException {
            write(tmp, "cairn.yaml", "base-package: com.acme.orders\n");
            write(tmp, "src/main/java/com/acme/orders/domain/Order.java", order);
            write(tmp, "src/main/java/com/acme/orders/adapter/web/OrderController.java", CONTROLLER);
            Trees.compile(tmp);
            return tmp;
        }

        @Test
        void an_archunit_rule_passes_on_a_clean_domain_and_fails_on_a_leaking_one() throws IOException {
            assertThat(verify(project(ORDER), "rule-passes: cairn.layers.domain-independent").passed()).isTrue();
        }

        @Test
        void an_archunit_rule_fails_with_its_first_finding() throws IOException {
            Verification.Verdict verdict = verify(project(LEAKING_ORDER), "rule-passes: cairn.layers.domain-independent");
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.detail()).startsWith("1 finding, the first: src/main/java/com/acme/orders/domain/Order.java:");
        }

        @Test
        void a_checkstyle_rule_runs_on_the_sources() throws IOException {
            Path root = project(ORDER);
            assertThat(verify(root, "rule-passes: cairn.coding.empty-catch").detail())
                    .isEqualTo("1 finding, the first: src/main/java/com/acme/orders/adapter/web/OrderController.java:7: Empty catch block.");
            assertThat(verify(root, "rule-passes: cairn.coding.need-braces").passed()).isTrue();
        }

        @Test
        void fails_without_compiled_classes_or_when_switched_off() throws IOException {
            write(tmp, "src/main/java/com/acme/orders/domain/Order.java", ORDER);
            assertThat(verify(tmp, "rule-passes: cairn.layers.hexagonal").detail())
                    .isEqualTo("no compiled classes in target/classes: build the project first (mvn verify)");
            Path root = project(LEAKING_ORDER);
            write(root, "cairn.yaml", "base-package: com.acme.orders\nrules:\n  cairn.layers.domain-independent: off\n");
            assertThat(verify(root, "rule-passes: cairn.layers.domain-independent").detail())
                    .isEqualTo("cairn.layers.domain-independent is switched off in cairn.yaml");
            assertThat(verify(root, "rule-passes: cairn.migration.no-new-legacy").detail())
                    .contains("cairn.yaml names no migration.legacy-packages");
        }

        @Test
        void an_id_of_no_pack_is_bad_input() {
            assertThatThrownBy(() -> Trees.playbookWith("rule-passes: cairn.layers.hexagonall"))
                    .isInstanceOf(CairnException.class)
                    .hasMessageContaining("'cairn.layers.hexagonall' is not a rule id of Cairn's ArchUnit or Checkstyle packs");
        }
    }

    @Nested
    class SecretsCleanVerification {
        @Test
        void a_generated_service_is_clean() throws IOException {
            Verification.Verdict verdict = verify(github, "secrets-clean: true");
            assertThat(verdict.passed()).as(verdict.detail()).isTrue();
        }

        @Test
        void a_password_in_configuration_or_in_java_fails() throws IOException {
            Path project = copy();
            Files.writeString(project.resolve("src/main/resources/application-dev.yaml"), "db:\n  password: hunter22\n");
            Verification.Verdict yaml = verify(project, "secrets-clean: true");
            assertThat(yaml.passed()).isFalse();
            assertThat(yaml.detail()).isEqualTo("1 secret found, the first: src/main/resources/application-dev.yaml:2 (cairn.secrets.hardcoded)");

            Path java = tmp.resolve("java");
            write(java, "src/main/java/com/acme/Keys.java", "package com.acme;\n\nclass Keys {\n    String password = \"hunter22\";\n}\n");
            assertThat(verify(java, "secrets-clean: true").detail()).contains("src/main/java/com/acme/Keys.java:4");
        }

        @Test
        void takes_no_parameters() {
            assertThatThrownBy(() -> Trees.playbookWith("secrets-clean: {ignore: docs}")).isInstanceOf(CairnException.class)
                    .satisfies(e -> assertThat(((CairnException) e).userLine())
                            .isEqualTo("test.yaml:13: 'secrets-clean' takes no parameters (write 'secrets-clean: true')"));
        }
    }

    @Nested
    class PipelineStageVerification {
        @Test
        void finds_jobs_steps_and_stages_in_every_ci_system() throws IOException {
            String deploy = "pipeline-stage: [deploy-production, Deploy to production]";
            assertThat(verify(github, deploy).detail()).isEqualTo(".github/workflows/ci.yml has 'deploy-production'");
            assertThat(verify(gitlab, deploy).detail()).isEqualTo(".gitlab-ci.yml has 'deploy-production'");
            assertThat(verify(jenkins, deploy).detail()).isEqualTo("Jenkinsfile has 'Deploy to production'");
            assertThat(verify(github, "pipeline-stage: playbook status (service-readiness)").passed())
                    .as("a step's name, any case").isTrue();
            assertThat(verify(gitlab, "pipeline-stage: production").passed()).as("a GitLab stage").isTrue();
        }

        @Test
        void fails_without_the_stage_or_without_any_ci_file() throws IOException {
            Verification.Verdict missing = verify(jenkins, "pipeline-stage: deploy-production");
            assertThat(missing.passed()).isFalse();
            assertThat(missing.detail()).isEqualTo("no stage or job named 'deploy-production' in Jenkinsfile");
            assertThat(verify(tmp, "pipeline-stage: build").detail())
                    .isEqualTo("no CI configuration (.github/workflows/*.yml, .gitlab-ci.yml or Jenkinsfile)");
        }
    }

    @Nested
    class TemplateCurrentVerification {
        @Test
        void a_service_generated_today_is_current() throws IOException {
            Verification.Verdict verdict = verify(github, "template-current: true");
            assertThat(verdict.passed()).as(verdict.detail()).isTrue();
            assertThat(verdict.detail()).isEqualTo("bundled:service 1.0.0, the newest");
        }

        @Test
        void an_older_recorded_version_is_not_current() throws IOException {
            Path project = copy();
            Path answers = project.resolve(".cairn/answers.yaml");
            Files.writeString(answers, Files.readString(answers).replace("version: 1.0.0\n", "version: 0.9.0\n"));
            Verification.Verdict verdict = verify(project, "template-current: true");
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.detail()).isEqualTo("bundled:service 0.9.0, but 1.0.0 is out: run 'cairn update'");
        }

        @Test
        void a_project_without_answers_or_with_a_vanished_source_fails() throws IOException {
            assertThat(verify(tmp, "template-current: true").detail()).startsWith("no .cairn/answers.yaml");
            write(tmp, ".cairn/answers.yaml", "template:\n  id: x\n  source: ./gone\n  version: 1.0.0\nanswers: {}\n");
            assertThat(verify(tmp, "template-current: true").detail()).startsWith("cannot read the template ./gone:");
        }
    }

    @Nested
    class CoverageAtLeastVerification {
        /** JaCoCo's XML report as it writes it, with its DOCTYPE naming report.dtd, which is never fetched. */
        static String report(int missedLines, int coveredLines) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\""
                    + " \"report.dtd\"><report name=\"orders\"><sessioninfo id=\"host-1\" start=\"1\" dump=\"2\"/>"
                    + "<package name=\"com/acme/orders/domain\"><counter type=\"LINE\" missed=\"90\" covered=\"10\"/></package>"
                    + "<counter type=\"INSTRUCTION\" missed=\"12\" covered=\"340\"/>"
                    + "<counter type=\"LINE\" missed=\"" + missedLines + "\" covered=\"" + coveredLines + "\"/>"
                    + "<counter type=\"BRANCH\" missed=\"6\" covered=\"14\"/></report>";
        }

        @Test
        void passes_at_or_above_the_threshold_from_the_reports_total() throws IOException {
            write(tmp, "target/site/jacoco/jacoco.xml", report(20, 80));
            Verification.Verdict verdict = verify(tmp, "coverage-at-least: 80");
            assertThat(verdict.passed()).isTrue();
            assertThat(verdict.detail()).isEqualTo("80.0% of line coverage (80 of 100)");
        }

        @Test
        void fails_below_it_for_any_counter_or_without_a_report() throws IOException {
            write(tmp, "target/site/jacoco/jacoco.xml", report(20, 80));
            assertThat(verify(tmp, "coverage-at-least: 81").detail()).isEqualTo("80.0% of line coverage (80 of 100), below 81%");
            assertThat(verify(tmp, "coverage-at-least: {percent: 75, counter: branch}").detail())
                    .isEqualTo("70.0% of branch coverage (14 of 20), below 75%");
            assertThat(verify(tmp, "coverage-at-least: {percent: 10, report: build/jacoco.xml}").detail())
                    .isEqualTo("no JaCoCo report build/jacoco.xml: build the project first (mvn verify)");
        }

        @Test
        void never_expands_an_external_entity() throws IOException {
            Path secret = write(tmp, "secret.txt", "42");
            write(tmp, "target/site/jacoco/jacoco.xml", "<?xml version=\"1.0\"?><!DOCTYPE report [<!ENTITY x SYSTEM \""
                    + secret.toUri() + "\">]><report><counter type=\"LINE\" missed=\"&x;\" covered=\"1\"/></report>");
            Verification.Verdict verdict = verify(tmp, "coverage-at-least: 1");
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.detail()).doesNotContain("42 of").contains("jacoco.xml");
        }

        @Test
        void a_percent_out_of_range_is_bad_input() {
            assertThatThrownBy(() -> Trees.playbookWith("coverage-at-least: 170")).hasMessageContaining("'170' is not a whole number from 0 to 100");
            assertThatThrownBy(() -> Trees.playbookWith("coverage-at-least: {percent: 70, counter: LINES}"))
                    .hasMessageContaining("'LINES' is not a JaCoCo counter");
        }
    }

    @Nested
    class AdrCountAtLeastVerification {
        @Test
        void counts_numbered_markdown_records() throws IOException {
            assertThat(verify(github, "adr-count-at-least: 1").detail()).isEqualTo("1 decision record in docs/adr");
            write(tmp, "doc/decisions/0001-use-postgres.md", "# Use PostgreSQL\n");
            write(tmp, "doc/decisions/0002-hexagonal.md", "# Hexagonal\n");
            write(tmp, "doc/decisions/README.md", "how we write ADRs\n");
            write(tmp, "doc/decisions/template.md", "# Title\n");
            assertThat(verify(tmp, "adr-count-at-least: {count: 2, folder: doc/decisions}").passed()).isTrue();
        }

        @Test
        void fails_with_fewer() throws IOException {
            Verification.Verdict verdict = verify(github, "adr-count-at-least: 2");
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.detail()).isEqualTo("1 decision record in docs/adr, fewer than 2");
            assertThat(verify(tmp, "adr-count-at-least: 1").detail()).isEqualTo("0 decision records in docs/adr, fewer than 1");
        }
    }

    @Nested
    class AnswerEqualsVerification {
        @Test
        void passes_for_the_recorded_answer_or_any_of_a_list() throws IOException {
            assertThat(verify(gitlab, "answer-equals: {answer: persistence, value: postgres}").passed()).isTrue();
            assertThat(verify(jenkins, "answer-equals: {answer: deploy-strategy, value: [blue-green, canary]}").detail())
                    .isEqualTo("deploy-strategy = canary");
        }

        @Test
        void fails_for_another_value_an_unknown_answer_or_no_answers() throws IOException {
            assertThat(verify(github, "answer-equals: {answer: deploy-strategy, value: [blue-green, canary]}").detail())
                    .isEqualTo("deploy-strategy = rolling, not blue-green or canary");
            assertThat(verify(github, "answer-equals: {answer: region, value: eu}").detail())
                    .isEqualTo(".cairn/answers.yaml has no answer region");
            assertThat(verify(tmp, "answer-equals: {answer: ci, value: github}").passed()).isFalse();
        }
    }
}
