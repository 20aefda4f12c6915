package dev.cairn.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.testtools.NpmTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The SARIF Multitool ({@code @microsoft/sarif-multitool} on npm), for tests; {@link NpmTool} finds or installs it. */
final class SarifMultitool {

    private SarifMultitool() {}

    /**
     * Validates a SARIF file. The Multitool exits 0 even when the file has errors, so this reads its output log
     * (itself SARIF) and returns the errors it lists, as "RULE: message" lines.
     */
    static List<String> errors(Path sarif, Path workDir) throws IOException, InterruptedException {
        Path log = workDir.resolve("multitool.sarif");
        // 5.7.0 has no --force: --log ForceOverwrite is how it overwrites an existing output
        Process process = new ProcessBuilder(NpmTool.SARIF_MULTITOOL.executable(), "validate", sarif.toString(),
                "--output", log.toString(), "--log", "ForceOverwrite")
                .redirectErrorStream(true).redirectOutput(workDir.resolve("multitool.out").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("sarif-multitool did not finish in 5 minutes");
        }
        if (!Files.exists(log)) {
            throw new IllegalStateException("sarif-multitool wrote no log (exit " + process.exitValue() + "): "
                    + Files.readString(workDir.resolve("multitool.out")));
        }
        JsonNode run = new ObjectMapper().readTree(log.toFile()).path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        List<String> errors = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            String level = result.path("level").asText("");
            if (level.isEmpty() && result.has("ruleIndex")) {
                level = rules.path(result.path("ruleIndex").asInt()).path("defaultConfiguration").path("level").asText("warning");
            }
            if (level.equals("error")) {
                errors.add(result.path("ruleId").asText() + ": " + result.path("message"));
            }
        }
        for (JsonNode invocation : run.path("invocations")) {
            if (!invocation.path("executionSuccessful").asBoolean(true)) {
                errors.add("execution failed: " + invocation);
            }
            for (JsonNode notification : invocation.path("toolExecutionNotifications")) {
                if (notification.path("level").asText("").equals("error")) {
                    errors.add("tool error: " + notification.path("message"));
                }
            }
        }
        return errors;
    }
}
