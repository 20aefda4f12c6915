package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<String> arguments = new ArrayList<>();
        arguments.add(PLUGIN);
        arguments.add("-DarchetypeGroupId=" + groupId);
        arguments.add("-DarchetypeArtifactId=" + artifactId);
        arguments.add("-DarchetypeVersion=" + version);
        properties.forEach((k, v) -> arguments.add("-D" + k + "=" + v));
        Files.createDirectories(basedir);
        Maven.Result result = Maven.run(basedir, Map.of(), arguments);
        assertThat(result.exit()).as("%s failed:%n%s", PLUGIN, result.describe()).isZero();
    }

    /**
     * Puts an archetype jar into the local repository, as {@code install:install-file} would, so
     * that the plugin can resolve it. The coordinates are Cairn's test fixtures' own; the jar is
     * rewritten on every run, so a changed fixture is never served stale.
     */
    static void install(Path jar, String groupId, String artifactId, String version) throws IOException {
        Path dir = Maven.localRepository().resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve(artifactId + "-" + version + ".pom"),
                "<project><modelVersion>4.0.0</modelVersion><groupId>" + groupId + "</groupId><artifactId>" + artifactId
                        + "</artifactId><version>" + version + "</version></project>\n", StandardCharsets.UTF_8);
    }
}
