package dev.cairn.testtools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** What the acceptance tests need from the machine: programs on PATH, and what to do when one is missing. */
public final class Executables {

    private Executables() {}

    /** The executable {@code name} in a folder of PATH, the first one found. */
    public static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
            if (candidate != null && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A tool or server the test needs is missing: on CI ({@code CI=true}, where {@code .ci/run} provides it) the
     * test fails; elsewhere it is skipped, saying why. Never returns.
     *
     * @param environment the environment to read {@code CI} from, normally {@code System.getenv()}
     */
    public static AssertionError missing(Map<String, String> environment, String what) {
        if ("true".equals(environment.get("CI"))) {
            throw new AssertionError(what + "; CI=true, so this fails instead of skipping");
        }
        Assumptions.abort(what + "; skipped");
        throw new AssertionError("unreachable");
    }
}
