package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated service's {@code deploy/deploy.sh}, run with bash against a recording DEPLOY_TARGET: each strategy
 * calls the platform operations in the order that keeps traffic on a healthy release, and nothing is deployed, nor
 * reported deployed, without a target and the secrets.
 */
class DeployScriptTest {

    /**
     * A stand-in for a team's platform program: records each call, keeps the blue-green colour that takes the
     * traffic, and reports a slot unhealthy while a file 'unhealthy-SLOT' exists.
     */
    private static final String TARGET = """
            #!/usr/bin/env bash
            echo "$*" >> calls.log
            case "$1" in
                deploy) echo "ROLLING_MAX_UNAVAILABLE=${ROLLING_MAX_UNAVAILABLE:-} API_TOKEN ${API_TOKEN:+set}" >> env.log ;;
                active) cat active 2>/dev/null || true ;;
                route) if [[ "$3" == blue || "$3" == green ]] && [[ "$4" == 100 ]]; then echo "$3" > active; fi ;;
                health) [[ ! -f "unhealthy-$3" ]] ;;
            esac
            """;

    @TempDir
    static Path generated;

    private static Path script;

    @TempDir
    Path work;

    @BeforeAll
    static void generate() {
        script = ServiceProjects.generate(generated.resolve("orders"), List.of()).resolve("deploy/deploy.sh");
    }

    @BeforeEach
    void writeTargetAndArtifact() throws IOException {
        Path target = work.resolve("target.sh");
        Files.writeString(target, TARGET);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(work.resolve("orders.jar"), "not a real jar: the target only passes its name on");
    }

    private record Run(int exit, String stdout, String stderr) {}

    private Run deploy(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout").toFile()).redirectError(work.resolve("stderr").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DEPLOY_") || name.equals("API_TOKEN"));
        // no waiting between health checks in a test
        builder.environment().put("HEALTH_INTERVAL_SECONDS", "0");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("deploy.sh finished").isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("stdout")), Files.readString(work.resolve("stderr")));
    }

    /** The target and the secret set, plus more variables as name, value, name, value... */
    private Map<String, String> configured(String... more) {
        Map<String, String> env = new HashMap<>();
        env.put("DEPLOY_TARGET", work.resolve("target.sh").toString());
        // any value will do; made at run time, as a secret store would hand one out
        env.put("API_TOKEN", UUID.randomUUID().toString());
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private List<String> calls() throws IOException {
        Path log = work.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void without_a_target_nothing_is_deployed_and_the_run_fails() throws Exception {
        Run run = deploy(Map.of("API_TOKEN", UUID.randomUUID().toString()), "--environment", "prod", "--strategy", "rolling", "orders.jar");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("DEPLOY_TARGET is not set: nothing was deployed");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void a_missing_secret_stops_the_run_before_the_target_is_called() throws Exception {
        Map<String, String> env = configured();
        env.remove("API_TOKEN");

        Run run = deploy(env, "--environment", "staging", "--strategy", "rolling", "--require-env", "API_TOKEN", "orders.jar");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("API_TOKEN is not set: add it to the pipeline's secret store for staging");
        assertThat(calls()).isEmpty();
    }

    @Test
    void rolling_updates_the_live_slot_and_waits_for_it_to_be_healthy() throws Exception {
        Run run = deploy(configured(), "--environment", "prod", "--strategy", "rolling", "--require-env", "API_TOKEN",
                "orders.jar");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(calls()).containsExactly("deploy prod live orders.jar", "health prod live");
        // the target gets the batch size and the secret in its environment
        assertThat(work.resolve("env.log")).hasContent("ROLLING_MAX_UNAVAILABLE=1 API_TOKEN set");
    }

    @Test
    void rolling_retries_the_health_check_then_fails() throws Exception {
        Files.createFile(work.resolve("unhealthy-live"));

        Run run = deploy(configured("HEALTH_RETRIES", "3"), "--environment", "prod", "--strategy", "rolling", "orders.jar");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(calls()).containsExactly("deploy prod live orders.jar", "health prod live", "health prod live",
                "health prod live");
        assertThat(run.stderr()).contains("prod is not healthy after the rolling update");
    }

    @Test
    void blue_green_starts_the_idle_colour_and_switches_to_it_each_time() throws Exception {
        Run first = deploy(configured(), "--environment", "prod", "--strategy", "blue-green", "orders.jar");
        Run second = deploy(configured(), "--environment", "prod", "--strategy", "blue-green", "orders.jar");

        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(second.exit()).as(second.stderr()).isZero();
        assertThat(calls()).containsExactly(
                "active prod", "deploy prod blue orders.jar", "health prod blue", "route prod blue 100",
                "active prod", "deploy prod green orders.jar", "health prod green", "route prod green 100");
        assertThat(second.stdout()).contains("blue keeps the previous release for a rollback");
    }

    @Test
    void an_unhealthy_new_colour_is_retired_and_takes_no_traffic() throws Exception {
        Files.writeString(work.resolve("active"), "blue\n");
        Files.createFile(work.resolve("unhealthy-green"));

        Run run = deploy(configured("HEALTH_RETRIES", "1"), "--environment", "prod", "--strategy", "blue-green", "orders.jar");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(calls()).containsExactly("active prod", "deploy prod green orders.jar", "health prod green",
                "retire prod green");
        assertThat(work.resolve("active")).hasContent("blue");
    }

    @Test
    void blue_green_rollback_switches_back_to_the_other_colour() throws Exception {
        Files.writeString(work.resolve("active"), "green\n");

        Run run = deploy(configured(), "--environment", "prod", "--strategy", "blue-green", "--step", "rollback");

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(calls()).containsExactly("active prod", "health prod blue", "route prod blue 100");
    }

    @Test
    void a_canary_gets_its_share_then_is_checked_and_promoted() throws Exception {
        Map<String, String> env = configured("CANARY_CHECKS", "2");

        Run start = deploy(env, "--environment", "prod", "--strategy", "canary", "--step", "start", "--percent", "10",
                "orders.jar");
        Run check = deploy(env, "--environment", "prod", "--strategy", "canary", "--step", "check");
        Run promote = deploy(env, "--environment", "prod", "--strategy", "canary", "--step", "promote", "orders.jar");

        assertThat(List.of(start.exit(), check.exit(), promote.exit())).as(start.stderr() + check.stderr() + promote.stderr())
                .containsOnly(0);
        assertThat(calls()).containsExactly(
                "deploy prod canary orders.jar", "health prod canary", "route prod canary 10",
                "health prod canary", "health prod canary",
                "route prod canary 100", "deploy prod stable orders.jar", "health prod stable", "route prod canary 0",
                "retire prod canary");
    }

    @Test
    void a_failing_canary_fails_its_check_and_rolls_back_to_the_stable_release() throws Exception {
        Files.createFile(work.resolve("unhealthy-canary"));

        Run check = deploy(configured(), "--environment", "staging", "--strategy", "canary", "--step", "check");
        Run rollback = deploy(configured(), "--environment", "staging", "--strategy", "canary", "--step", "rollback");

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.stderr()).contains("the canary failed health check 1 of 10");
        assertThat(rollback.exit()).as(rollback.stderr()).isZero();
        assertThat(calls()).containsExactly("health staging canary", "route staging canary 0", "retire staging canary");
    }

    @Test
    void bad_usage_changes_nothing() throws Exception {
        List<List<String>> usages = List.of(
                List.of("--environment", "prod", "--strategy", "canary", "orders.jar"),
                List.of("--environment", "prod", "--strategy", "canary", "--step", "start", "--percent", "100", "orders.jar"),
                List.of("--environment", "production", "--strategy", "rolling", "orders.jar"),
                List.of("--environment", "prod", "--strategy", "recreate", "orders.jar"),
                List.of("--environment", "prod", "--strategy", "rolling", "missing.jar"),
                List.of("--environment", "prod", "--strategy", "rolling", "--step", "promote", "orders.jar"));
        for (List<String> usage : usages) {
            Run run = deploy(configured(), usage.toArray(String[]::new));

            assertThat(run.exit()).as(String.join(" ", usage)).isEqualTo(2);
            assertThat(run.stderr()).as(String.join(" ", usage)).contains("usage: deploy/deploy.sh");
        }
        assertThat(calls()).isEmpty();
    }
}
