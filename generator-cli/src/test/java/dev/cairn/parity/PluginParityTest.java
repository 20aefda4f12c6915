package dev.cairn.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cairn new} against the real maven-archetype-plugin 3.4.1: for each archetype, the plugin
 * generates a project in a fresh folder, Cairn generates one from the same jar with the same
 * properties, and the two trees must be identical: every folder (empty ones too), every file,
 * every byte, nothing extra, nothing missing ({@code .cairn/} aside).
 *
 * <p>Two archetypes come from Maven Central (copied to {@code target/archetype-jars} by the build);
 * the others are fixtures under {@code src/test/resources/archetypes/<case>}, which together use
 * every generation feature the plugin has. Each fixture's {@code parity.properties} gives its extra
 * -D values ({@code D.name}), the common ones it leaves out ({@code omit}), the empty directory
 * entries its jar holds ({@code emptyDirs}), and paths the plugin's output must (or must not)
 * contain ({@code expectPaths}, {@code expectAbsent}), so that a fixture cannot pass by both sides
 * producing nothing.
 */
@Tag("parity")
class PluginParityTest {

    static final String FIXTURE_GROUP = "dev.cairn.test.fixtures";
    static final String CENTRAL_GROUP = "org.apache.maven.archetypes";
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path FIXTURES = MODULE.resolve("src/test/resources/archetypes");
    static final Path CENTRAL_JARS = MODULE.resolve("target/archetype-jars");

    /** The acceptance properties: the same for every archetype. */
    static final Map<String, String> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("groupId", "com.example");
        COMMON.put("artifactId", "demo");
        COMMON.put("version", "1.0.0");
        COMMON.put("package", "com.example.demo");
    }

    private static ArchetypePlugin plugin;

    @BeforeAll
    static void plugin() {
        plugin = new ArchetypePlugin();
    }

    static Stream<String> centralArchetypes() {
        return Stream.of("maven-archetype-quickstart", "maven-archetype-webapp");
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.filter(p -> Files.isRegularFile(p.resolve("META-INF/maven/archetype-metadata.xml")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void every_fixture_folder_is_a_case() throws IOException {
        assertThat(fixtures()).contains("files", "multimodule", "partial");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("centralArchetypes")
    void published_archetype_generates_the_same_tree(String artifactId, @TempDir Path temp) throws IOException {
        Path jar = centralJar(artifactId);
        // maven-dependency-plugin names the copy artifactId-version.jar (webapp 1.4 has no pom.properties)
        String name = jar.getFileName().toString();
        String version = name.substring(artifactId.length() + 1, name.length() - ".jar".length());
        assertSameTree(jar, CENTRAL_GROUP, artifactId, version, COMMON, temp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_generates_the_same_tree(String fixture, @TempDir Path temp) throws IOException {
        Path folder = FIXTURES.resolve(fixture);
        Properties control = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FixtureJar.CONTROL_FILE))) {
            control.load(in);
        }
        FixtureJar fixtureJar = FixtureJar.of(folder, list(control, "emptyDirs"));
        String artifactId = "parity-" + fixture;
        String version = fixtureJar.contentVersion();
        Path jar = plugin.install(FIXTURE_GROUP, artifactId, version, fixtureJar.build(FIXTURE_GROUP, artifactId, version));

        Map<String, String> properties = new LinkedHashMap<>(COMMON);
        properties.keySet().removeAll(list(control, "omit"));
        for (String key : control.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("D.")) {
                properties.put(key.substring(2), control.getProperty(key));
            }
        }
        Path pluginProject = assertSameTree(jar, FIXTURE_GROUP, artifactId, version, properties, temp);

        // guard against a vacuous pass: the plugin really produced what the fixture is about
        SortedMap<String, Path> produced = TreeDiff.list(pluginProject, new String[0]);
        assertThat(produced.keySet()).as("paths the plugin must generate for fixture " + fixture)
                .containsAll(list(control, "expectPaths"));
        for (String absent : list(control, "expectAbsent")) {
            assertThat(produced).as("paths the plugin must not generate for fixture " + fixture).doesNotContainKey(absent);
        }
    }

    /** Runs both, compares, and returns the plugin's project folder. */
    private static Path assertSameTree(Path jar, String groupId, String artifactId, String version,
            Map<String, String> properties, Path temp) throws IOException {
        Path pluginRun = Files.createDirectories(temp.resolve("plugin"));
        plugin.generate(pluginRun, groupId, artifactId, version, properties);
        try (Stream<Path> made = Files.list(pluginRun)) {
            assertThat(made.map(p -> p.getFileName().toString()).toList())
                    .as("the plugin writes only the project folder").containsExactly(properties.get("artifactId"));
        }
        Path pluginProject = pluginRun.resolve(properties.get("artifactId"));

        Path cairnRun = Files.createDirectories(temp.resolve("cairn"));
        Path cairnProject = cairnRun.resolve(properties.get("artifactId"));
        List<String> args = new ArrayList<>(List.of("new", jar.toString(), "--dir", cairnProject.toString()));
        properties.forEach((k, v) -> args.add("-D" + k + "=" + v));
        args.add("--non-interactive");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(exit).as("cairn new exit code; stderr: %s", err).isZero();
        try (Stream<Path> made = Files.list(cairnRun)) {
            assertThat(made.map(p -> p.getFileName().toString()).toList())
                    .as("cairn writes only the project folder").containsExactly(properties.get("artifactId"));
        }

        String diff = TreeDiff.compare(pluginProject, cairnProject, ".cairn");
        assertThat(diff).as("Cairn's tree differs from maven-archetype-plugin's for %s:%s:%s", groupId, artifactId, version)
                .isNull();
        return pluginProject;
    }

    private static Path centralJar(String artifactId) throws IOException {
        if (Files.isDirectory(CENTRAL_JARS)) {
            try (Stream<Path> list = Files.list(CENTRAL_JARS)) {
                List<Path> found = list.filter(p -> p.getFileName().toString().startsWith(artifactId + "-")
                        && p.getFileName().toString().endsWith(".jar")).toList();
                if (found.size() == 1) {
                    return found.get(0);
                }
            }
        }
        throw new AssertionError("no " + artifactId + " jar in " + CENTRAL_JARS
                + ": the build copies it there in generate-test-resources (run through mvn, not only the IDE)");
    }

    private static List<String> list(Properties control, String key) {
        String value = control.getProperty(key, "").trim();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\s*,\\s*")).toList();
    }
}
