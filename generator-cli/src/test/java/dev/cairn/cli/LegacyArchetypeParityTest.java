package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legacy archetypes (only {@code archetype.xml}, rendered by the plugin's DefaultOldArchetype):
 * {@code cairn new} writes the very tree maven-archetype-plugin 3.4.1 writes, folders and bytes.
 * Both generate into the same parent folder, so that {@code $basedir} (the plugin's output
 * directory, a host path) is the same for both.
 */
class LegacyArchetypeParityTest {

    private static final Path JARS = Path.of("target", "legacy-archetype-jars");
    private static final String FIXTURE_GROUP = "dev.cairn.fixtures";
    private static final String FIXTURE_ARTIFACT = "cairn-legacy-fixture";
    private static final String FIXTURE_VERSION = "1.0";

    @TempDir
    Path temp;

    static Stream<Arguments> archetypes() {
        return Stream.of(
                // sources and test sources, packaged
                Arguments.of("org.apache.maven.archetypes", "maven-archetype-quickstart", "1.0"),
                // resources only, nested modules' poms among them, one listed twice (pom.xml)
                Arguments.of("org.apache.maven.archetypes", "maven-archetype-j2ee-simple", "1.0"),
                // every section, <build> folders, filtered="false", encodings, .properties as
                // ISO-8859-1, CRLF templates, a #set seen across files, $basedir and $packageName
                Arguments.of(FIXTURE_GROUP, FIXTURE_ARTIFACT, FIXTURE_VERSION));
    }

    @ParameterizedTest(name = "{1}:{2}")
    @MethodSource("archetypes")
    void cairn_writes_the_tree_the_plugin_writes(String groupId, String artifactId, String version) throws Exception {
        Path jar;
        if (groupId.equals(FIXTURE_GROUP)) {
            jar = Trees.jar(Path.of("src/test/resources/legacy/fixture"), temp.resolve("fixture.jar"));
            RealArchetypePlugin.install(jar, groupId, artifactId, version);
        } else {
            jar = JARS.resolve(artifactId + "-" + version + ".jar");
            assertThat(jar).as("copied by the legacy-archetype-jars execution").isRegularFile();
        }
        assertThat(jarEntries(jar)).as("a legacy archetype has no fileset descriptor")
                .noneMatch(n -> n.endsWith("archetype-metadata.xml"));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("groupId", "com.example");
        answers.put("artifactId", "demo");
        answers.put("version", "1.0.0");
        answers.put("package", "com.example.demo");

        Path parent = temp.resolve("out");
        RealArchetypePlugin.generate(parent, groupId, artifactId, version, answers);
        Path expected = temp.resolve("plugin").resolve("demo");
        Files.createDirectories(expected.getParent());
        Files.move(parent.resolve("demo"), expected);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(
                Stream.of("new", jar.toAbsolutePath().toString(), "--dir", parent.resolve("demo").toString()),
                answers.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue())).toArray(String[]::new);
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);

        assertThat(exit).as(err.toString()).isZero();
        Trees.assertSameTree(expected, parent.resolve("demo"));
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).as("only the project, no staging folder").containsExactly(parent.resolve("demo"));
        }
    }

    private static java.util.List<String> jarEntries(Path jar) throws java.io.IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.stream().map(java.util.zip.ZipEntry::getName).toList();
        }
    }
}
