package dev.cairn.testtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool from npm that tests run: from PATH (where {@code .ci/run} installs it), or installed once
 * into {@code ~/.cache/cairn-test/npm} with npm, so that {@code mvn verify} needs only Java, Maven and Node.
 *
 * @param command     the executable's name, as on PATH and in {@code node_modules/.bin}
 * @param packageSpec what npm installs, with its pinned version
 */
public record NpmTool(String command, String packageSpec) {

    public static final NpmTool SARIF_MULTITOOL = new NpmTool("sarif-multitool", "@microsoft/sarif-multitool@5.7.0");
    /** Validates one GitHub Actions workflow per call. */
    public static final NpmTool ACTION_VALIDATOR = new NpmTool("action-validator", "@action-validator/cli@0.6.0");
    /** {@code --list} parses and schema-checks the {@code .gitlab-ci.yml} of the folder it runs in. */
    public static final NpmTool GITLAB_CI_LOCAL = new NpmTool("gitlab-ci-local", "gitlab-ci-local@4.55.0");
    /** CodeNarc for Groovy and Jenkinsfiles; 16.2.0 is the last that runs on Node 20. */
    public static final NpmTool NPM_GROOVY_LINT = new NpmTool("npm-groovy-lint", "npm-groovy-lint@16.2.0");

    static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "cairn-test", "npm");

    // one npm install at a time: two into the same prefix would race on its package.json
    private static final Object INSTALL_LOCK = new Object();

    /** The output of one run: exit code and standard output and error, interleaved. */
    public record Result(int exitCode, String output) {}

    /**
     * The tool's executable: on PATH, else in the cache, else installed there first.
     *
     * @throws IllegalStateException if npm is missing or cannot install the package
     */
    public String executable() throws IOException, InterruptedException {
        Optional<Path> onPath = Executables.onPath(command);
        if (onPath.isPresent()) {
            return onPath.get().toString();
        }
        Path cached = CACHE.resolve("node_modules/.bin").resolve(command);
        synchronized (INSTALL_LOCK) {
            if (!Files.isExecutable(cached)) {
                Files.createDirectories(CACHE);
                Result npm = start(List.of("npm", "install", "--prefix", CACHE.toString(), "--no-fund", "--no-audit",
                        packageSpec), CACHE, 10);
                if (npm.exitCode() != 0 || !Files.isExecutable(cached)) {
                    throw new IllegalStateException("could not install " + packageSpec + " with npm into " + CACHE + ": "
                            + npm.output());
                }
            }
        }
        return cached.toString();
    }

    /**
     * Like {@link #executable()}, for acceptance tests: a tool that can be neither found nor installed fails the
     * test in CI ({@code CI=true}, where {@code .ci/run} must have installed it) and skips it elsewhere.
     */
    public String executableOrSkip() throws InterruptedException {
        try {
            return executable();
        } catch (IOException | IllegalStateException e) {
            throw Executables.missing(System.getenv(), command + " is not on PATH and npm could not install " + packageSpec
                    + ": " + e.getMessage());
        }
    }

    /**
     * Runs the tool (found or installed by {@link #executableOrSkip()}) in a folder.
     *
     * @param args its arguments, without the command
     */
    public Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(executableOrSkip());
        commandLine.addAll(List.of(args));
        return start(commandLine, dir, 5);
    }

    private static Result start(List<String> commandLine, Path dir, int minutes) throws IOException, InterruptedException {
        Path out = Files.createTempFile("npm-tool", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(commandLine).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            Map<String, String> env = builder.environment();
            env.put("NO_COLOR", "1");
            env.put("FORCE_COLOR", "0");
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", commandLine) + " did not finish in " + minutes + " minutes");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
