package dev.cairn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Maven run as a user runs it, as a subprocess: the Maven that runs the tests, on its local repository, offline
 * when that build is, in batch mode. Builds of generated projects add {@link #stagingSettings} to resolve this
 * checkout's rule packs.
 */
final class Maven {

    /**
     * One finished run.
     *
     * @param exit the process's exit code
     * @param log standard output and error, interleaved
     * @param command what ran, for failure messages
     */
    record Result(int exit, String log, List<String> command) {
        /** @return the command and its log, to explain a failed assertion */
        String describe() {
            return String.join(" ", command) + System.lineSeparator() + log;
        }
    }

    private Maven() {}

    /**
     * Runs {@code mvn} in {@code directory}, which is also the folder Maven looks for {@code .mvn/} in.
     *
     * @param environment variables added to this process's environment
     * @param arguments goals and options after the common ones
     */
    static Result run(Path directory, Map<String, String> environment, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(commonOptions());
        command.addAll(arguments);
        return start(directory, environment, command);
    }

    /**
     * Runs a shell script that calls {@code mvn}, with this Maven first on the PATH; {@code mavenArguments} are the
     * script's arguments, which it hands to Maven.
     */
    static Result script(Path directory, Map<String, String> environment, String script, List<String> mavenArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script));
        command.addAll(commonOptions());
        command.addAll(mavenArguments);
        return start(directory, environment, command);
    }

    /**
     * Writes {@code .mvn/staging-settings.xml} of this checkout into {@code folder}, pointing at its staging
     * repository ({@code target/cairn-staging}, written by every module at 'package'), for {@code -gs}.
     *
     * @return the written settings file
     */
    static Path stagingSettings(Path folder) throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent(); // surefire runs in generator-cli/
        Path template = Path.of(property("cairn.test.stagingSettings", root.resolve(".mvn/staging-settings.xml").toString()));
        Path staging = Path.of(property("cairn.test.stagingDirectory", root.resolve("target/cairn-staging").toString()));
        Path settings = Files.createDirectories(folder).resolve("staging-settings.xml");
        String text = Files.readString(template, StandardCharsets.UTF_8)
                .replace("@cairn.staging.url@", staging.toUri().toString());
        Files.writeString(settings, text, StandardCharsets.UTF_8);
        return settings;
    }

    /** The local repository the outer build uses. */
    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local", System.getProperty("cairn.test.localRepository"));
        if (configured == null || configured.isBlank() || configured.contains("${")) {
            return Path.of(System.getProperty("user.home"), ".m2", "repository");
        }
        return Path.of(configured);
    }

    private static List<String> commonOptions() {
        List<String> options = new ArrayList<>(List.of("-B", "--no-transfer-progress"));
        if ("offline=true".equals(System.getProperty("cairn.test.offline"))) {
            options.add("-o");
        }
        options.add("-Dmaven.repo.local=" + localRepository());
        return options;
    }

    private static Result start(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path log = directory.toAbsolutePath().resolveSibling(directory.getFileName() + "-mvn.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MAVEN_BASEDIR", directory.toAbsolutePath().toString());
        builder.environment().put("PATH", executable().getParent() + java.io.File.pathSeparator
                + System.getenv().getOrDefault("PATH", ""));
        builder.environment().putAll(environment);
        Process process = builder.start();
        // a safety net for a hung download, not a timing assertion
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), List.copyOf(command));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.contains("${") ? fallback : value;
    }

    private static Path executable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank() && !home.contains("${")) {
            Path exe = Path.of(home, "bin", windows ? "mvn.cmd" : "mvn");
            if (Files.isRegularFile(exe)) {
                return exe;
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path exe = Path.of(dir, windows ? "mvn.cmd" : "mvn");
            if (Files.isExecutable(exe)) {
                return exe;
            }
        }
        Assumptions.abort("no Maven to run (run the tests with Maven)");
        return null;
    }
}
