package dev.cairn.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven on a project the tests generated, as its team would ({@code mvn -B verify}), with
 * this checkout's rule packs: the build's staging repository (target/cairn-staging) is one more
 * repository, through {@code .mvn/staging-settings.xml} as global settings, so the user's own
 * settings still apply. Same local repository as the outer build, offline when it is.
 */
final class GeneratedBuild {

    /** What Maven did: its exit code and whole log. */
    record Result(int exitCode, String log, Path logFile) {
        boolean passed() {
            return exitCode == 0;
        }
    }

    private GeneratedBuild() {}

    /**
     * @param project the generated project
     * @param environment variables added to the build's environment (e.g. a test database)
     * @param goals goals and flags, e.g. {@code verify}
     */
    static Result mvn(Path project, Map<String, String> environment, String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(RealArchetypePlugin.mvn()));
        command.addAll(options(project));
        command.addAll(List.of(goals));
        return run(project, environment, command);
    }

    /**
     * Runs a script of the project that calls {@code mvn} and hands its arguments to it (the generated library's
     * {@code ci/publish.sh}), as a pipeline runs it: this Maven first on the PATH, the options of {@link #mvn} as
     * the script's first arguments.
     *
     * @param script relative to the project, run with {@code sh}
     * @param arguments more arguments for the script, after the options
     */
    static Result script(Path project, Map<String, String> environment, String script, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script));
        command.addAll(options(project));
        command.addAll(List.of(arguments));
        Map<String, String> withMaven = new HashMap<>(environment);
        withMaven.put("PATH", Path.of(RealArchetypePlugin.mvn()).getParent() + File.pathSeparator
                + environment.getOrDefault("PATH", System.getenv().getOrDefault("PATH", "")));
        return run(project, withMaven, command);
    }

    /** Batch mode, this checkout's staging repository, the outer build's local repository, offline when it is. */
    static List<String> options(Path project) throws IOException {
        List<String> options = new ArrayList<>(List.of("-B", "--no-transfer-progress",
                "-gs", stagingSettings(project.resolveSibling(project.getFileName() + "-settings.xml")).toString(),
                "-Dmaven.repo.local=" + RealArchetypePlugin.localRepository()));
        if ("offline=true".equals(System.getProperty("cairn.test.offline"))) {
            options.add("-o");
            options.add("-Daether.offline.protocols=file"); // the staging repository is a file: URL
        }
        return options;
    }

    private static Result run(Path project, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path log = project.resolveSibling(project.getFileName() + "-mvn.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        // a safety net for a hung download, not a timing assertion
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 10 minutes; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), log);
    }

    /** .mvn/staging-settings.xml with the staging repository's URL filled in, written to {@code target}. */
    static Path stagingSettings(Path target) throws IOException {
        Path template = Path.of(required("cairn.test.stagingSettings"));
        Path staging = Path.of(required("cairn.test.stagingDirectory"));
        Files.writeString(target, Files.readString(template, StandardCharsets.UTF_8)
                .replace("@cairn.staging.url@", staging.toUri().toString()), StandardCharsets.UTF_8);
        return target;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("system property " + property + " is not set: run this test through Maven");
        }
        return value;
    }
}
