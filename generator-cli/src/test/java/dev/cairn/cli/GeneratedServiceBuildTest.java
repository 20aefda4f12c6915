package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance line 1 of the standard templates: the service, generated with {@code cairn new} for
 * the default answers and for combinations that between them use every value of every choice and
 * every overlay, builds with {@code mvn -B verify}: it compiles, its unit tests pass, and its
 * Checkstyle, ArchUnit and coverage gates run and pass. The postgres variant needs the
 * {@code TEST_DATABASE_*} variables of a real PostgreSQL server (.ci/run starts one); its tests fail
 * rather than skip when {@code CI=true} and they are missing.
 */
class GeneratedServiceBuildTest {

    /** The combinations; each value of framework, ci, deploy-strategy, persistence and each overlay appears. */
    static List<List<String>> combinations() {
        return List.of(
                List.of(),
                List.of("-Dci=gitlab", "-Ddeploy-strategy=blue-green", "-Dcoverage-min=60", "--with", "observability",
                        "-Dpersistence=postgres"),
                List.of("-Dci=jenkins", "-Ddeploy-strategy=canary", "-DartifactId=order-service", "--with", "docker"));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("combinations")
    void the_generated_service_passes_its_own_build(List<String> answers) throws Exception {
        Path project = tmp.resolve("service");
        List<String> args = new ArrayList<>(List.of("new", "service", "-DgroupId=com.acme", "-DartifactId=orders"));
        args.addAll(answers); // a later -D wins
        args.addAll(List.of("--dir", project.toString(), "--non-interactive"));
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();

        GeneratedBuild.Result build = GeneratedBuild.mvn(project, Map.of(), "verify");

        assertThat(build.passed()).as("mvn verify failed, see %s:%n%s", build.logFile(), tail(build.log())).isTrue();
        assertThat(build.log())
                .as("Checkstyle ran with the Cairn pack").contains("You have 0 Checkstyle violations.")
                .as("the ArchUnit rules ran").containsPattern("Tests run: 6, Failures: 0, Errors: 0, Skipped: 0, .* in [a-z.]+\\.ArchitectureTest")
                .as("the coverage gate ran").contains("All coverage checks have been met.");
        if (answers.contains("-Dpersistence=postgres")) {
            // the repository test ran against the real server (.ci/run starts it; TEST_DATABASE_* reach the
            // build through the environment), not skipped
            assertThat(build.log()).containsPattern(
                    "Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, .* in [a-z.]+\\.JdbcOrderRepositoryTest");
        }
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }
}
