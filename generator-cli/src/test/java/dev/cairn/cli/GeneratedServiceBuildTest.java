package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.testtools.Executables;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.TestAbortedException;

/**
 * Acceptance line 1 of the standard templates: the service, generated with {@code cairn new} for
 * the default answers and for combinations that between them use every value of every choice and
 * every overlay, builds with {@code mvn -B verify}: it compiles, its unit tests pass, and its
 * Checkstyle, ArchUnit and coverage gates run and pass. With the benchmarks overlay the service is
 * installed instead (its JMH module builds against the installed jar, as the pipeline does), under
 * a group id of the tests' own that is removed from the local repository afterwards, and the
 * benchmarks module is built and run for one short iteration each. The postgres variant needs the
 * {@code TEST_DATABASE_*} variables of a real PostgreSQL server (.ci/run starts one); its tests fail
 * rather than skip when {@code CI=true} and they are missing. On each built service, the service-readiness playbook's
 * automatic items pass, and once its manual items are signed off {@code playbook status --require} passes
 * ({@link ServiceReadiness}).
 */
class GeneratedServiceBuildTest {

    private static final String POSTGRES = "-Dpersistence=postgres";

    private static final String BENCHMARKS = "benchmarks";
    /** Installed by the benchmarks cases; removed from the local repository after each. */
    private static final String INSTALLED_GROUP = "dev.cairn.generated.it";

    /** The combinations; each value of framework, ci, deploy-strategy and persistence appears, and every overlay. */
    static List<List<String>> combinations() {
        return List.of(
                List.of(),
                List.of("-Dci=gitlab", "-Ddeploy-strategy=blue-green", "-Dcoverage-min=60", "--with", "observability",
                        POSTGRES),
                List.of("-Dci=jenkins", "-Ddeploy-strategy=canary", "-DartifactId=order-service", "--with", "docker",
                        "--with", BENCHMARKS, "-DgroupId=" + INSTALLED_GROUP),
                List.of("-Dframework=spring-boot", "--with", BENCHMARKS, "-DgroupId=" + INSTALLED_GROUP),
                List.of("-Dframework=spring-boot", "-Dci=gitlab", "-Ddeploy-strategy=canary", POSTGRES,
                        "--with", "observability"));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("combinations")
    void the_generated_service_passes_its_own_build(List<String> answers) throws Exception {
        boolean postgres = answers.contains(POSTGRES);
        if (postgres) {
            requireTestDatabase(System.getenv()); // before the build: without a server it cannot pass its coverage gate
        }
        Path project = tmp.resolve("service");
        List<String> args = new ArrayList<>(List.of("new", "service", "-DgroupId=com.acme", "-DartifactId=orders"));
        args.addAll(answers); // a later -D wins
        args.addAll(List.of("--dir", project.toString(), "--non-interactive"));
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();

        boolean benchmarks = answers.contains(BENCHMARKS);
        // the build inherits this process's environment: TEST_DATABASE_* and CI reach the generated tests
        GeneratedBuild.Result build = benchmarks
                ? GeneratedBuild.mvn(project, Map.of(), "install", "-Dspring-boot.repackage.skip=true")
                : GeneratedBuild.mvn(project, Map.of(), "verify");

        assertThat(build.passed()).as("mvn verify failed, see %s:%n%s", build.logFile(), tail(build.log())).isTrue();
        assertThat(build.log())
                .as("Checkstyle ran with the Cairn pack").contains("You have 0 Checkstyle violations.")
                .as("the ArchUnit rules ran").containsPattern("Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, .* in [a-z.]+\\.ArchitectureTest")
                .as("the coverage gate ran").contains("All coverage checks have been met.");
        if (answers.contains("-Dframework=spring-boot")) {
            // Spring Boot's own tests ran: the controller through MockMvc and the whole application context
            assertThat(build.log())
                    .containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, .* in [a-z.]+\\.OrderControllerTest")
                    .containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, .* in [a-z.]+\\.ServiceApplicationTest");
        }
        ServiceReadiness.assertReadyOnceSigned(project);
        if (postgres) {
            // WiringTest is the plain variant's end-to-end test; Spring's is ServiceApplicationTest, checked above
            List<String> databaseTests = answers.contains("-Dframework=spring-boot")
                    ? List.of("JdbcOrderRepositoryTest", "MigrationsTest")
                    : List.of("JdbcOrderRepositoryTest", "MigrationsTest", "WiringTest");
            for (String test : databaseTests) {
                assertThat(build.log()).as("%s ran against PostgreSQL, nothing skipped", test)
                        .containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, .* in [a-z.]+\\." + test + "\n");
            }
        }
        if (benchmarks) {
            try {
                assertBenchmarksRun(project);
            } finally {
                Trees.delete(RealArchetypePlugin.localRepository().resolve(INSTALLED_GROUP.replace('.', '/')));
            }
        }
    }

    /**
     * The benchmarks module builds against the installed service, as the pipeline's job builds it, and its jar
     * runs every benchmark: one short iteration each, in this JVM's Java, results as JMH's JSON. What is asserted
     * is that each benchmark ran and measured, never how fast.
     */
    private static void assertBenchmarksRun(Path project) throws Exception {
        GeneratedBuild.Result build = GeneratedBuild.mvn(project, Map.of(), "-f", "benchmarks/pom.xml", "package");
        assertThat(build.passed()).as("the benchmarks module failed to build, see %s:%n%s", build.logFile(), tail(build.log()))
                .isTrue();
        Path results = project.resolve("jmh-result.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jmh = new ProcessBuilder(java.toString(), "-jar", "benchmarks/target/benchmarks.jar",
                "-f", "0", "-wi", "0", "-i", "1", "-r", "100ms", "-rf", "json", "-rff", results.toString())
                .directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolveSibling("jmh.log").toFile()).start();
        assertThat(jmh.waitFor()).as(Files.readString(project.resolveSibling("jmh.log"))).isZero();

        Map<String, Integer> runs = new TreeMap<>();
        for (JsonNode result : new ObjectMapper().readTree(results.toFile())) {
            String benchmark = result.get("benchmark").asText();
            runs.merge(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1), 1, Integer::sum);
            assertThat(result.at("/primaryMetric/score").asDouble()).as(benchmark).isPositive();
        }
        // PlaceOrderBenchmark runs once per bulkDiscount value; HttpBenchmark once
        assertThat(runs).containsExactly(Map.entry("HttpBenchmark.placeOrder", 1), Map.entry("PlaceOrderBenchmark.placeOrder", 2));
    }

    @Test
    void without_a_test_database_the_postgres_case_is_skipped_but_fails_on_ci() {
        assertThatThrownBy(() -> requireTestDatabase(Map.of())).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("TEST_DATABASE_URL is not set");
        assertThatThrownBy(() -> requireTestDatabase(Map.of("CI", "true", "TEST_DATABASE_URL", "")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("CI=true, so this fails");
        requireTestDatabase(Map.of("CI", "true", "TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/cairn"));
    }

    /**
     * The postgres variant's database tests need the server of TEST_DATABASE_URL (.ci/run starts one).
     * Without it the case is skipped on a developer's machine, before the build (whose coverage gate
     * would fail with the database tests skipped), and fails on CI, where they must run.
     */
    static void requireTestDatabase(Map<String, String> environment) {
        String url = environment.get("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return;
        }
        String missing = "TEST_DATABASE_URL is not set: the persistence=postgres service is built and tested against a real"
                + " PostgreSQL server (e.g. TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/cairn TEST_DATABASE_USER=cairn"
                + " TEST_DATABASE_PASSWORD=...)";
        throw Executables.missing(environment, missing);
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }
}
