package dev.cairn.parity;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real maven-archetype-plugin, run as {@code mvn -B archetype:generate} in a subprocess, the way
 * a user runs it. Maven comes from {@code MAVEN_HOME} or the {@code PATH}; the local repository is
 * the one the outer build uses ({@code maven.repo.local}, else {@code ~/.m2/repository}).
 */
final class ArchetypePlugin {

    static final String PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate";

    /** Generous: a first run from an empty repository downloads the plugin and its dependencies. */
    private static final long TIMEOUT_MINUTES = 10;

    private final Path localRepository;
    private final String mvn;
    /** Offline until an offline run fails: the plugin may not be resolved yet (empty repository). */
    private boolean offline = true;

    ArchetypePlugin() {
        String repo = System.getProperty("maven.repo.local");
        localRepository = repo != null && !repo.isBlank() ? Path.of(repo).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        mvn = findMaven();
    }

    Path localRepository() {
        return localRepository;
    }

    /** Installs a jar and a minimal pom into the local repository, as {@code install:install-file} would lay them out. */
    Path install(String groupId, String artifactId, String version, byte[] jar) {
        Path dir = localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Path jarFile = dir.resolve(artifactId + "-" + version + ".jar");
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(artifactId + "-" + version + ".pom"),
                    FixtureJar.pom(groupId, artifactId, version).getBytes(StandardCharsets.UTF_8));
            writeAtomically(jarFile, jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jarFile;
    }

    /** The same version may be installed by another build at the same time: never leave a torn file. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Runs {@code archetype:generate} in {@code workDir}, which must be a fresh folder.
     *
     * @param properties the -D values (groupId, artifactId, ...), in order
     * @throws AssertionError with the tail of Maven's output if the run fails
     */
    void generate(Path workDir, String groupId, String artifactId, String version, Map<String, String> properties) {
        Path log = workDir.getParent().resolve(workDir.getFileName() + "-mvn.log");
        int exit = run(workDir, log, groupId, artifactId, version, properties);
        if (exit != 0 && offline) {
            // the plugin or the archetype is not in the local repository yet: resolve online from now on
            offline = false;
            clear(workDir);
            exit = run(workDir, log, groupId, artifactId, version, properties);
        }
        if (exit != 0) {
            throw new AssertionError("mvn archetype:generate failed (exit " + exit + ") for " + groupId + ":" + artifactId
                    + ":" + version + "\n" + tail(log, 60));
        }
    }

    private int run(Path workDir, Path log, String groupId, String artifactId, String version,
            Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(mvn);
        command.add("-B");
        if (offline) {
            command.add("-o");
        }
        command.add("-Dmaven.repo.local=" + localRepository);
        command.add(PLUGIN);
        command.add("-DarchetypeGroupId=" + groupId);
        command.add("-DarchetypeArtifactId=" + artifactId);
        command.add("-DarchetypeVersion=" + version);
        // the catalog is only consulted for a repository URL; skip fetching Central's (large) one
        command.add("-DarchetypeCatalog=internal");
        for (Map.Entry<String, String> p : properties.entrySet()) {
            command.add("-D" + p.getKey() + "=" + p.getValue());
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Maven reads .mvn/ from the nearest ancestor that has one: pin the project base to the run folder
        pb.environment().put("MAVEN_BASEDIR", workDir.toString());
        pb.environment().remove("MAVEN_PROJECTBASEDIR");
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn did not finish within " + TIMEOUT_MINUTES + " minutes\n" + tail(log, 60));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + mvn + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void clear(Path workDir) {
        try (var walk = Files.walk(workDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(workDir)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static String findMaven() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        String name = windows ? "mvn.cmd" : "mvn";
        for (String home : new String[] {System.getenv("MAVEN_HOME"), System.getenv("M2_HOME"), System.getProperty("maven.home")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", name))) {
                return Path.of(home, "bin", name).toString();
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new AssertionError("the parity tests run the real maven-archetype-plugin: put mvn on the PATH or set MAVEN_HOME");
    }
}
