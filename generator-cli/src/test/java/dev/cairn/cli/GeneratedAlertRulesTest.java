package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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

        Path promtool = promtool();
        Process process = new ProcessBuilder(promtool.toString(), "check", "rules", rules.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS: 3 rules found");
    }

    @Test
    void promtool_rejects_a_broken_rule_so_the_check_above_can_fail() throws Exception {
        Path broken = tmp.resolve("broken.yml");
        Files.writeString(broken, "groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: sum(rate(x[5m]) >\n");
        Process process = new ProcessBuilder(promtool().toString(), "check", "rules", broken.toString())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isNotZero();
    }

    private static Path promtool() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path exe = Path.of(dir, "promtool");
            if (Files.isExecutable(exe)) {
                return exe;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("promtool is not on the PATH: .ci/run installs Debian's prometheus package");
        }
        Assumptions.abort("promtool is not on the PATH (apt-get install prometheus); CI=true makes this a failure");
        throw new IllegalStateException("unreachable");
    }
}
