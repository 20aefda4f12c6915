package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testtools.Executables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * maven-archetype-plugin 3.4.1 run as a user runs it: {@code mvn archetype:generate} in batch mode,
 * in a fresh folder, as a subprocess of the Maven that runs the tests, on the same local repository
 * (and offline when that build is).
 */
final class RealArchetypePlugin {

    static final String PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate";

    private RealArchetypePlugin() {}

    /**
     * Generates into {@code basedir}/{@code artifactId}, as the plugin does.
     *
     * @param properties -D values besides the archetype's coordinates, in order
     */
    static void generate(Path basedir, String groupId, String artifactId, String version,
            Map<String, String> properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(mvn());
        command.add("-B");
        command.add("--no-transfer-progress");
        if ("offline=true".equals(System.getProperty("cairn.test.offline"))) {
            command.add("-o");
        }
        command.add("-Dmaven.repo.local=" + localRepository());
        command.add(PLUGIN);
        command.add("-DarchetypeGroupId=" + groupId);
        command.add("-DarchetypeArtifactId=" + artifactId);
        command.add("-DarchetypeVersion=" + version);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        Files.createDirectories(basedir);
        Path log = basedir.getParent().resolve(basedir.getFileName() + "-mvn.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(basedir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MAVEN_BASEDIR", basedir.toString());
        Process process = builder.start();
        // a safety net for a hung download, not a timing assertion
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0)
                .as("%s failed:%n%s", String.join(" ", command), Files.readString(log, StandardCharsets.UTF_8))
                .isTrue();
    }

    /**
     * Generates from the very jar Cairn bundles as {@code template} (under fixture coordinates of its own, so
     * that the plugin resolves exactly that jar) into {@code basedir}/{@code artifactId}.
     *
     * @return the generated project
     */
    static Path generateBundled(String template, Path basedir, String groupId, String artifactId)
            throws IOException, InterruptedException {
        java.net.URL bundled = RealArchetypePlugin.class.getResource("/dev/cairn/templates/" + template + ".jar");
        assertThat(bundled).as(template + ".jar bundled by the copy-templates execution").isNotNull();
        try {
            install(Path.of(bundled.toURI()), "dev.cairn.fixtures", "cairn-bundled-" + template, "1.0");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        generate(basedir, "dev.cairn.fixtures", "cairn-bundled-" + template, "1.0",
                Map.of("groupId", groupId, "artifactId", artifactId));
        return basedir.resolve(artifactId);
    }

    /** The local repository the outer build uses. */
    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local", System.getProperty("cairn.test.localRepository"));
        if (configured == null || configured.isBlank() || configured.contains("${")) {
            return Path.of(System.getProperty("user.home"), ".m2", "repository");
        }
        return Path.of(configured);
    }

    /**
     * Puts an archetype jar into the local repository, as {@code install:install-file} would, so
     * that the plugin can resolve it. The coordinates are Cairn's test fixtures' own; the jar is
     * rewritten on every run, so a changed fixture is never served stale.
     */
    static void install(Path jar, String groupId, String artifactId, String version) throws IOException {
        Path dir = localRepository().resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(artifactId + "-" + version + ".pom"),
                "<project><modelVersion>4.0.0</modelVersion><groupId>" + groupId + "</groupId><artifactId>" + artifactId
                        + "</artifactId><version>" + version + "</version></project>\n", StandardCharsets.UTF_8);
    }

    static String mvn() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank() && !home.contains("${")) {
            Path exe = Path.of(home, "bin", windows ? "mvn.cmd" : "mvn");
            if (Files.isRegularFile(exe)) {
                return exe.toString();
            }
        }
        Optional<Path> onPath = Executables.onPath(windows ? "mvn.cmd" : "mvn");
        if (onPath.isPresent()) {
            return onPath.get().toString();
        }
        Assumptions.abort("no Maven to run maven-archetype-plugin with (run the tests with Maven)");
        return null;
    }
}
