package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testtools.Executables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observability overlay's Prometheus alert rules pass Prometheus's own checker,
 * {@code promtool check rules} (Debian's prometheus package, which .ci/run installs), with the
 * thresholds the template parameters set. Without promtool the test is skipped, except on CI
 * ({@code CI=true}), where it fails.
 */
class GeneratedAlertRulesTest {

    @TempDir
    Path tmp;

    @Test
    void the_alert_rules_pass_promtool_with_the_chosen_thresholds() throws Exception {
        Path project = tmp.resolve("orders");
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "new", "service",
                "-DgroupId=com.acme", "-DartifactId=orders", "--with", "observability", "-Dalert-error-rate=0.02",
                "-Dalert-latency-ms=250", "--dir", project.toString(), "--non-interactive");
        assertThat(exit).as(err.toString()).isZero();
        Path rules = project.resolve("ops/prometheus/alerts.yml");
        assertThat(rules).content()
                .contains("> 0.02\n")
                .contains("> 250 / 1000\n")
                .contains("summary: \"orders ({{ $labels.implementation }}):");

        PromtoolRun check = checkRules(rules);

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 3 rules found");
    }

    @Test
    void promtool_rejects_a_broken_rule_so_the_check_above_can_fail() throws Exception {
        Path broken = tmp.resolve("broken.yml");
        Files.writeString(broken, "groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: sum(rate(x[5m]) >\n");
        assertThat(checkRules(broken).exitCode()).isNotZero();
    }

    private record PromtoolRun(int exitCode, String output) {}

    /** {@code promtool check rules FILE}; a missing promtool fails on CI and skips elsewhere. */
    private static PromtoolRun checkRules(Path file) throws IOException, InterruptedException {
        Path promtool = Executables.onPath("promtool").orElseThrow(() -> Executables.missing(System.getenv(),
                "promtool is not on the PATH (Debian's prometheus package; .ci/run installs it)"));
        Process process = new ProcessBuilder(promtool.toString(), "check", "rules", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // a bound against a hung process, not a timing assertion
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();
        return new PromtoolRun(process.exitValue(), output);
    }
}
