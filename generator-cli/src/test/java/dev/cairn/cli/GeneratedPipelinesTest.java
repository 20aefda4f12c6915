package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.check.SecretScan;
import dev.cairn.testtools.NpmTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The service template's pipelines, for every {@code ci} and {@code deploy-strategy} and with the postgres, benchmarks
 * and docker options on: each passes its CI system's own validator (action-validator, gitlab-ci-local,
 * npm-groovy-lint), and has the stages, the manual approval, the strategy's steps and the secrets it must have.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedPipelinesTest {

    private static final List<String> CIS = List.of("github", "gitlab", "jenkins");
    private static final List<String> STRATEGIES = List.of("rolling", "blue-green", "canary");

    /** A generated service: one ci and strategy, with postgres, benchmarks and docker all off or all on. */
    record Variant(String ci, String strategy, boolean options) {

        String name() {
            return ci + "-" + strategy + (options ? "-postgres-benchmarks-docker" : "");
        }

        List<String> properties() {
            List<String> properties = new ArrayList<>(List.of("-Dci=" + ci, "-Ddeploy-strategy=" + strategy));
            if (options) {
                properties.addAll(List.of("-Dpersistence=postgres", "-Dbenchmarks=true", "-Ddocker=true"));
            }
            return properties;
        }

        String pipeline() {
            return switch (ci) {
                case "github" -> ".github/workflows/ci.yml";
                case "gitlab" -> ".gitlab-ci.yml";
                default -> "Jenkinsfile";
            };
        }

        @Override
        public String toString() {
            return name();
        }
    }

    // static: the generated projects are shared by every test and made before them
    @TempDir
    static Path tmp;

    private final Map<Variant, Path> projects = new LinkedHashMap<>();

    static List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        for (String ci : CIS) {
            for (String strategy : STRATEGIES) {
                variants.add(new Variant(ci, strategy, false));
            }
            variants.add(new Variant(ci, "canary", true));
        }
        return variants;
    }

    static Stream<Variant> github() {
        return variants().stream().filter(v -> v.ci().equals("github"));
    }

    static Stream<Variant> gitlab() {
        return variants().stream().filter(v -> v.ci().equals("gitlab"));
    }

    static Stream<Variant> jenkins() {
        return variants().stream().filter(v -> v.ci().equals("jenkins"));
    }

    @BeforeAll
    void generate_every_variant() {
        for (Variant variant : variants()) {
            projects.put(variant, ServiceProjects.generate(tmp.resolve(variant.name()), variant.properties()));
        }
    }

    private String pipelineOf(Variant variant) throws IOException {
        return Files.readString(projects.get(variant).resolve(variant.pipeline()), StandardCharsets.UTF_8);
    }

    // --- the validators ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("github")
    void the_github_workflow_passes_action_validator(Variant variant) throws Exception {
        Path workflow = projects.get(variant).resolve(variant.pipeline());

        NpmTool.Result result = NpmTool.ACTION_VALIDATOR.run(projects.get(variant), workflow.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @ParameterizedTest
    @MethodSource("gitlab")
    void the_gitlab_pipeline_passes_gitlab_ci_local_with_a_manual_production_job(Variant variant) throws Exception {
        NpmTool.Result result = NpmTool.GITLAB_CI_LOCAL.run(projects.get(variant), "--list");

        assertThat(result.exitCode()).as(result.output()).isZero();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("build", "on_success");
        expected.put("verify", "on_success");
        if (variant.options()) {
            expected.put("benchmarks", "on_success");
        }
        expected.put("package", "on_success");
        if (variant.options()) {
            expected.put("docker-image", "on_success");
        }
        expected.put("deploy-staging", "on_success");
        expected.put("playbook-gate", "on_success");
        expected.put("deploy-production", "manual");
        assertThat(jobsListed(result.output())).as(result.output()).containsExactlyEntriesOf(expected);
    }

    /** The job names and their 'when' column of {@code gitlab-ci-local --list}, in its order. */
    private static Map<String, String> jobsListed(String listing) {
        Map<String, String> jobs = new LinkedHashMap<>();
        boolean table = false;
        for (String line : listing.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns[0].equals("name")) {
                table = true;
            } else if (table && columns.length >= 3) {
                jobs.put(columns[0], columns[2]);
            }
        }
        return jobs;
    }

    @Test
    void every_jenkinsfile_passes_npm_groovy_lint() throws Exception {
        // one run over every variant: CodeNarc starts a JVM each time, which costs more than the linting
        Path lintDir = Files.createDirectories(tmp.resolve("jenkinsfiles"));
        List<Variant> jenkins = jenkins().toList();
        for (Variant variant : jenkins) {
            Path copy = Files.createDirectories(lintDir.resolve(variant.name())).resolve("Jenkinsfile");
            Files.copy(projects.get(variant).resolve("Jenkinsfile"), copy);
        }
        Path report = tmp.resolve("groovy-lint.json");

        NpmTool.Result result = NpmTool.NPM_GROOVY_LINT.run(lintDir, "--noserver", "--failon", "error",
                "--output", report.toString(), ".");

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode lint = new ObjectMapper().readTree(report.toFile());
        // a pattern that matched nothing would pass too: every file must have been read
        assertThat(lint.path("summary").path("totalFilesLinted").asInt()).as(result.output()).isEqualTo(jenkins.size());
        assertThat(lint.path("summary").path("totalFoundErrorNumber").asInt()).as(lint.toPrettyString()).isZero();
    }

    // --- what each pipeline must say --------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("variants")
    void every_stage_runs_in_order(Variant variant) throws IOException {
        String pipeline = pipelineOf(variant);

        List<String> stages = List.of(
                "mvn -B -DskipTests compile",                   // build
                "mvn -B verify",                                // unit tests, Checkstyle, ArchUnit, JaCoCo's gate
                "target/site/jacoco",                           // the coverage report, published
                "cairn playbook status service-readiness --require", // the playbook, reported on every run
                "mvn -B -DskipTests package",                   // package
                "deploy/deploy.sh --environment staging",
                playbookGate(variant),                          // production only when the playbook is done
                "deploy/deploy.sh --environment prod");
        int previous = -1;
        for (String stage : stages) {
            assertThat(pipeline.indexOf(stage)).as("'%s' after the stage before it", stage).isGreaterThan(previous);
            previous = pipeline.indexOf(stage);
        }
        // every Velocity directive and escape rendered
        assertThat(pipeline).doesNotContain("symbol_", "#set", "#if", "#else", "#end", "deploySecrets", "${deploy-strategy}",
                "${coverage-min}", "${javaVersion}", "${artifactId}");
    }

    /** Where each pipeline holds the gate that keeps production closed until service-readiness is done. */
    private static String playbookGate(Variant variant) {
        return switch (variant.ci()) {
            case "github" -> "name: Playbook gate";
            case "gitlab" -> "playbook-gate:\n  stage: production";
            default -> "stage('Playbook gate')";
        };
    }

    // --- the template drift job ----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("github")
    void the_github_template_drift_workflow_passes_action_validator(Variant variant) throws Exception {
        Path workflow = projects.get(variant).resolve(".github/workflows/template-drift.yml");

        NpmTool.Result result = NpmTool.ACTION_VALIDATOR.run(projects.get(variant), workflow.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void the_playbook_is_reported_on_every_run_and_an_unverified_one_keeps_production_closed(Variant variant) throws IOException {
        String pipeline = pipelineOf(variant);

        // the status step tolerates a missing cairn command (it warns); the gate never does: it needs the verdict
        assertThat(pipeline).contains("command -v cairn").contains("production stays closed");
        switch (variant.ci()) {
            case "github" -> assertThat(pipeline).contains("--format markdown --output target/playbook-status.md",
                    "echo \"ready=true\" >> \"$GITHUB_OUTPUT\"", "playbook-ready: ${{ steps.playbooks.outputs.ready }}",
                    "if [ \"${{ needs.verify.outputs.playbook-ready }}\" != true ]; then");
            case "gitlab" -> assertThat(pipeline).contains("--format junit --output target/playbook-report.xml",
                    "- target/playbook-report.xml", "touch target/playbook-ready", "test -f target/playbook-ready ||");
            default -> assertThat(pipeline).contains("--format junit --output target/playbook-report.xml",
                    "testResults: 'target/playbook-report.xml'", "env.PLAYBOOK_READY = status == 0 ? 'true' : 'false'",
                    "if (env.PLAYBOOK_READY != 'true') {");
        }
        // the generated cairn.yaml attaches the playbook the pipeline evaluates
        assertThat(projects.get(variant).resolve("cairn.yaml")).content().contains("\nplaybooks: [service-readiness]\n");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void a_scheduled_job_runs_cairn_diff_then_a_dry_run_update_and_a_scheduled_run_never_deploys(Variant variant)
            throws IOException {
        Path project = projects.get(variant);
        String pipeline = pipelineOf(variant);
        String drift = switch (variant.ci()) {
            case "github" -> Files.readString(project.resolve(".github/workflows/template-drift.yml"), StandardCharsets.UTF_8);
            default -> pipeline;
        };
        String diff = "cairn diff --stat --fail-behind \"$CAIRN_FAIL_BEHIND\"";
        String update = "cairn update --dry-run --non-interactive";

        assertThat(drift).contains(diff, update, "CAIRN_FAIL_BEHIND");
        assertThat(drift.indexOf(diff)).isLessThan(drift.indexOf(update));
        assertThat(drift).doesNotContain("symbol_", "#set", "#if", "#end", "${artifactId}", "${javaVersion}");
        switch (variant.ci()) {
            case "github" -> {
                assertThat(drift).contains("on:\n  schedule:\n    - cron: ").doesNotContain("deploy");
                // the deploying workflow has no schedule: a scheduled run is the drift workflow's alone
                assertThat(pipeline).doesNotContainIgnoringCase("schedule").doesNotContain("cron");
            }
            case "gitlab" -> {
                assertThat(pipeline).contains("template-drift:\n  stage: test\n  rules:\n"
                        + "    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n");
                for (String deploy : List.of("deploy-staging:", "deploy-production:")) {
                    String job = pipeline.substring(pipeline.indexOf(deploy));
                    assertThat(job).as(deploy).contains("  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n");
                }
            }
            default -> {
                assertThat(pipeline).contains("cron(env.BRANCH_NAME == 'main' ? 'H 6 * * 1' : '')",
                        "stage('Template drift') {\n            when {\n                triggeredBy 'TimerTrigger'");
                for (String stage : List.of("stage('Deploy to staging')", "stage('Approve production')",
                        "stage('Deploy to production')")) {
                    String rest = pipeline.substring(pipeline.indexOf(stage));
                    assertThat(rest.substring(0, rest.indexOf("}\n"))).as(stage)
                            .contains("not { triggeredBy 'TimerTrigger' }");
                }
            }
        }
    }

    @Test
    void a_scheduled_gitlab_pipeline_runs_the_drift_job_and_no_deployment() throws Exception {
        Variant variant = new Variant("gitlab", "rolling", false);

        NpmTool.Result result = NpmTool.GITLAB_CI_LOCAL.run(projects.get(variant), "--list", "--variable",
                "CI_PIPELINE_SOURCE=schedule");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(jobsListed(result.output())).as(result.output()).containsKey("template-drift")
                .doesNotContainKeys("deploy-staging", "deploy-production");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void both_environments_deploy_with_the_chosen_strategy_only(Variant variant) throws IOException {
        String pipeline = pipelineOf(variant);
        String secrets = variant.options() ? "API_TOKEN,DB_PASSWORD" : "API_TOKEN";

        for (String environment : List.of("staging", "prod")) {
            String deploy = "bash deploy/deploy.sh --environment " + environment + " --strategy " + variant.strategy();
            if (variant.strategy().equals("canary")) {
                assertThat(pipeline).contains(
                        deploy + " --step start --percent 10 --require-env " + secrets + " ",
                        deploy + " --step check",
                        deploy + " --step promote --require-env " + secrets + " ",
                        deploy + " --step rollback");
            } else {
                assertThat(pipeline).contains(deploy + " --require-env " + secrets + " ");
            }
        }
        for (String other : STRATEGIES) {
            if (!other.equals(variant.strategy())) {
                assertThat(pipeline).doesNotContain("--strategy " + other);
            }
        }
        assertThat(projects.get(variant).resolve("deploy/deploy.sh")).isRegularFile();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void the_options_add_their_jobs_and_nothing_else(Variant variant) throws IOException {
        String pipeline = pipelineOf(variant);
        List<String> benchmarks = List.of("mvn -B install -DskipTests", "mvn -B -f benchmarks/pom.xml package",
                "java -jar benchmarks/target/benchmarks.jar -rf json -rff jmh-result.json");
        List<String> postgres = List.of("postgres:15", "TEST_DATABASE_URL", "TEST_DATABASE_USER", "TEST_DATABASE_PASSWORD",
                "DB_PASSWORD");

        if (variant.options()) {
            assertThat(pipeline).contains(benchmarks).contains(postgres).contains("docker build -t orders:");
            assertThat(pipeline.indexOf(benchmarks.get(0))).isLessThan(pipeline.indexOf(benchmarks.get(1)));
            assertThat(pipeline.indexOf(benchmarks.get(1))).isLessThan(pipeline.indexOf(benchmarks.get(2)));
            assertThat(pipeline.indexOf("jmh-result.json", pipeline.indexOf(benchmarks.get(2)) + benchmarks.get(2).length()))
                    .as("jmh-result.json kept after the run").isPositive();
        } else {
            assertThat(pipeline).doesNotContain("benchmarks", "jmh-result", "docker build", "DB_PASSWORD", "TEST_DATABASE");
        }
    }

    @ParameterizedTest
    @MethodSource("variants")
    void no_secret_value_is_written(Variant variant) throws IOException {
        String pipeline = pipelineOf(variant);

        assertThat(SecretScan.findings(variant.pipeline(), pipeline)).isEmpty();
        assertThat(SecretScan.findings("deploy/deploy.sh",
                Files.readString(projects.get(variant).resolve("deploy/deploy.sh")))).isEmpty();
        // The scanner reads YAML keys; a Jenkinsfile is Groovy. Any value given to a password or token, in any of
        // them, must come from somewhere: a secret store, a variable or an expression.
        Matcher assignment = Pattern.compile("(?i)\\b\\w*(?:password|token)\\w*\\s*[=:]\\s*[\"']?([^\\s\"',]+)")
                .matcher(pipeline);
        while (assignment.find()) {
            assertThat(assignment.group(1)).as(assignment.group())
                    .satisfiesAnyOf(v -> assertThat(v).startsWith("$"), v -> assertThat(v).contains("${"),
                            v -> assertThat(v).startsWith("credentials("));
        }
    }

    // --- the manual approval and the secret stores, per CI system ---------------------------------------------

    @ParameterizedTest
    @MethodSource("github")
    @SuppressWarnings("unchecked")
    void github_deploys_to_production_after_staging_through_the_protected_environment(Variant variant) throws IOException {
        Map<String, Object> jobs = (Map<String, Object>) new Yaml().<Map<String, Object>>load(pipelineOf(variant)).get("jobs");
        Map<String, Object> staging = (Map<String, Object>) jobs.get("deploy-staging");
        Map<String, Object> production = (Map<String, Object>) jobs.get("deploy-production");

        assertThat(staging).containsEntry("environment", "staging").containsEntry("needs", "package");
        assertThat((String) staging.get("if")).contains("github.ref == 'refs/heads/main'");
        // the approval: required reviewers of the 'production' environment
        assertThat(production).containsEntry("environment", "production")
                .containsEntry("needs", List.of("deploy-staging", "playbook-gate"));
        // the gate runs before the environment asks its reviewers, on main only (deploy-staging's condition)
        Map<String, Object> gate = (Map<String, Object>) jobs.get("playbook-gate");
        assertThat(gate).containsEntry("needs", List.of("verify", "deploy-staging")).doesNotContainKey("environment");
        assertThat((Map<String, Object>) ((Map<String, Object>) jobs.get("verify")).get("outputs"))
                .containsEntry("playbook-ready", "${{ steps.playbooks.outputs.ready }}");
        for (Map<String, Object> deploy : List.of(staging, production)) {
            Map<String, Object> env = (Map<String, Object>) deploy.get("env");
            assertThat(env).containsEntry("API_TOKEN", "${{ secrets.API_TOKEN }}")
                    .containsEntry("DEPLOY_TARGET", "${{ vars.DEPLOY_TARGET }}");
            if (variant.options()) {
                assertThat(env).containsEntry("DB_PASSWORD", "${{ secrets.DB_PASSWORD }}");
            } else {
                assertThat(env).doesNotContainKey("DB_PASSWORD");
            }
        }
        Map<String, Object> verify = (Map<String, Object>) jobs.get("verify");
        if (variant.options()) {
            Map<String, Object> postgres = (Map<String, Object>) ((Map<String, Object>) verify.get("services")).get("postgres");
            assertThat(postgres).containsEntry("image", "postgres:15");
            assertThat((Map<String, Object>) verify.get("env"))
                    .containsEntry("TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/test")
                    .containsEntry("TEST_DATABASE_USER", "test")
                    .containsEntry("TEST_DATABASE_PASSWORD", ((Map<String, Object>) postgres.get("env")).get("POSTGRES_PASSWORD"));
            assertThat(jobs).containsKey("benchmarks");
        } else {
            assertThat(verify).doesNotContainKey("services");
            assertThat(jobs).doesNotContainKey("benchmarks");
        }
    }

    @ParameterizedTest
    @MethodSource("gitlab")
    @SuppressWarnings("unchecked")
    void gitlab_deploys_to_production_by_hand_after_staging(Variant variant) throws IOException {
        Map<String, Object> pipeline = new Yaml().load(pipelineOf(variant));
        Map<String, Object> production = (Map<String, Object>) pipeline.get("deploy-production");

        assertThat((List<Map<String, Object>>) production.get("rules"))
                .containsExactly(Map.of("if", "$CI_PIPELINE_SOURCE == \"schedule\"", "when", "never"), // the drift check's
                        Map.of("if", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "when", "manual"));
        assertThat(production).containsEntry("environment", Map.of("name", "production"))
                .containsEntry("needs", List.of("package", "deploy-staging", "playbook-gate"));
        Map<String, Object> gate = (Map<String, Object>) pipeline.get("playbook-gate");
        assertThat(gate).containsEntry("needs", List.of("verify")).containsEntry("stage", "production")
                .containsEntry("rules", List.of(Map.of("if", "$CI_PIPELINE_SOURCE == \"schedule\"", "when", "never"),
                        Map.of("if", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")));
        assertThat((Map<String, Object>) pipeline.get("deploy-staging"))
                .containsEntry("environment", Map.of("name", "staging"));
        // masked CI/CD variables: named in the comment that tells where to set them, checked by deploy.sh
        assertThat(pipelineOf(variant)).contains("masked and protected CI/CD variables", "as $API_TOKEN");
        Map<String, Object> verify = (Map<String, Object>) pipeline.get("verify");
        if (variant.options()) {
            assertThat((List<Map<String, Object>>) verify.get("services"))
                    .containsExactly(Map.of("name", "postgres:15", "alias", "postgres"));
            assertThat((Map<String, Object>) verify.get("variables"))
                    .containsEntry("TEST_DATABASE_URL", "jdbc:postgresql://postgres:5432/test")
                    .containsEntry("TEST_DATABASE_PASSWORD", "ci-${CI_PIPELINE_ID}")
                    .containsEntry("POSTGRES_PASSWORD", "ci-${CI_PIPELINE_ID}");
            assertThat(pipelineOf(variant)).contains("as $API_TOKEN and $DB_PASSWORD");
            assertThat((Map<String, Object>) pipeline.get("benchmarks"))
                    .containsEntry("artifacts", Map.of("paths", List.of("jmh-result.json"), "expire_in", "90 days"));
        } else {
            assertThat(verify).doesNotContainKey("services");
        }
    }

    @ParameterizedTest
    @MethodSource("jenkins")
    void jenkins_asks_for_approval_between_staging_and_production(Variant variant) throws IOException {
        String pipeline = pipelineOf(variant);

        int staging = pipeline.indexOf("stage('Deploy to staging')");
        int gate = pipeline.indexOf("stage('Playbook gate')");
        int approval = pipeline.indexOf("input message: 'Deploy orders to production?'");
        assertThat(gate).as("the playbook gate before anyone is asked to approve").isGreaterThan(staging).isLessThan(approval);
        int production = pipeline.indexOf("stage('Deploy to production')");
        assertThat(staging).isPositive().isLessThan(approval);
        assertThat(approval).isLessThan(production);
        assertThat(pipeline.substring(staging)).containsPattern("(?s)environment \\{\\s+API_TOKEN = credentials\\('api-token'\\)");
        assertThat(pipeline.substring(production)).contains("API_TOKEN = credentials('api-token')");
        if (variant.options()) {
            assertThat(pipeline).contains("docker.image('postgres:15').withRun(",
                    "'TEST_DATABASE_URL=jdbc:postgresql://db:5432/test'", "DB_PASSWORD = credentials('db-password')");
        } else {
            assertThat(pipeline).doesNotContain("postgres", "credentials('db-password')");
        }
    }
}
