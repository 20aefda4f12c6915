package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled {@code library} template: generated with {@code cairn new library}, then built, broken and published
 * with Maven as its users would, on this checkout's rule packs; and the same files as {@code mvn archetype:generate}.
 */
class NewLibraryTest {

    private static final String SLUGIFIER = "src/main/java/com/acme/texttools/api/Slugifier.java";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** {@code cairn new library -DgroupId=com.acme -DartifactId=text-tools} plus {@code options}, into tmp. */
    private Path generate(String... options) {
        Path project = tmp.resolve("text-tools");
        List<String> args = new ArrayList<>(List.of("new", "library", "-DgroupId=com.acme", "-DartifactId=text-tools",
                "--dir", project.toString(), "--non-interactive"));
        args.addAll(List.of(options));
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        return project;
    }

    @Test
    void the_default_library_passes_its_tests_rules_and_coverage_gate() throws Exception {
        Path project = generate();

        GeneratedBuild.Result build = GeneratedBuild.mvn(project, Map.of(), "verify");

        assertThat(build.exitCode()).as("%s", build.log()).isZero();
        assertThat(build.log())
                .contains("Tests run: 23, Failures: 0, Errors: 0, Skipped: 0\n")
                .contains("You have 0 Checkstyle violations.")
                .contains("All coverage checks have been met.");
        // the six rule sets of Cairn's pack ran, with the rule that keeps internal types out of the API among them
        assertThat(project.resolve("target/surefire-reports/TEST-com.acme.texttools.ArchitectureTest.xml")).content()
                .contains("tests=\"6\"").contains("failures=\"0\"").contains("errors=\"0\"");
        assertThat(project.resolve("target/text-tools-1.0.0-SNAPSHOT.jar")).isRegularFile();
    }

    @Test
    void an_internal_type_in_the_api_and_untested_code_fail_the_build() throws Exception {
        Path project = generate("-Dcoverage-min=100");
        String slugifier = Files.readString(project.resolve(SLUGIFIER), StandardCharsets.UTF_8);
        String exposing = """
                    /** @return the word splitter, leaking the implementation */
                    public Words words() {
                        return null;
                    }
                }
                """;
        Files.writeString(project.resolve(SLUGIFIER),
                slugifier.substring(0, slugifier.lastIndexOf('}')) + exposing, StandardCharsets.UTF_8);
        int declaration = (int) slugifier.lines().count() + 1;

        // the failing ArchitectureTest is reported but does not stop the build, so that the coverage gate runs too
        GeneratedBuild.Result build = GeneratedBuild.mvn(project, Map.of(), "-Dmaven.test.failure.ignore=true", "verify");

        assertThat(build.exitCode()).as("%s", build.log()).isNotZero();
        assertThat(build.log())
                .contains(SLUGIFIER + ":" + declaration + ": Method <com.acme.texttools.api.Slugifier.words()> exposes "
                        + "internal type <com.acme.texttools.internal.Words> in its signature [cairn.layers.internal-not-exposed]")
                .contains("Coverage checks have not been met");
    }

    @Test
    void publishing_deploys_jar_sources_and_api_javadoc_and_refuses_a_tag_of_another_version() throws Exception {
        Path project = generate("-Dversion=1.2.0");
        Path repository = tmp.resolve("repository");
        Map<String, String> secrets = Map.of(
                "MAVEN_REPOSITORY_URL", repository.toUri().toString(),
                "MAVEN_REPOSITORY_USERNAME", "ci",
                // a file repository takes no credentials; the script only insists that the secret store gave one
                "MAVEN_REPOSITORY_PASSWORD", "not used by a file repository");

        GeneratedBuild.Result mismatch = GeneratedBuild.script(project, with(secrets, "RELEASE_TAG", "v1.2.1"), "ci/publish.sh");
        GeneratedBuild.Result unset = GeneratedBuild.script(project, Map.of("RELEASE_TAG", "v1.2.0"), "ci/publish.sh");

        assertThat(mismatch.exitCode()).as("%s", mismatch.log()).isNotZero();
        assertThat(mismatch.log()).contains("publish: tag v1.2.1 does not match version 1.2.0 in pom.xml");
        assertThat(unset.exitCode()).isNotZero();
        assertThat(unset.log()).contains("MAVEN_REPOSITORY_URL: is not set");
        assertThat(repository).doesNotExist();

        GeneratedBuild.Result release = GeneratedBuild.script(project, with(secrets, "RELEASE_TAG", "v1.2.0"), "ci/publish.sh");

        assertThat(release.exitCode()).as("%s", release.log()).isZero();
        Path published = repository.resolve("com/acme/text-tools/1.2.0");
        for (String file : List.of("text-tools-1.2.0.pom", "text-tools-1.2.0.jar", "text-tools-1.2.0-sources.jar")) {
            assertThat(published.resolve(file)).isRegularFile();
        }
        try (ZipFile javadoc = new ZipFile(published.resolve("text-tools-1.2.0-javadoc.jar").toFile())) {
            // under the automatic module's name, com.acme.texttools/, as javadoc lays out a module
            assertThat(javadoc.stream().map(ZipEntry::getName).toList())
                    .anyMatch(name -> name.endsWith("com/acme/texttools/api/Slugifier.html"))
                    .noneMatch(name -> name.contains("com/acme/texttools/internal/"));
        }
    }

    @Test
    void archetype_generate_with_the_defaults_writes_what_cairn_new_writes() throws Exception {
        Path plugin = RealArchetypePlugin.generateBundled("library", tmp.resolve("plugin"), "com.acme", "text-tools");

        Path project = generate();

        Trees.assertSameTree(plugin, project);
        assertThat(project.resolve(".mvn/publish-settings.xml")).isRegularFile();
        assertThat(project.resolve(".gitignore")).isRegularFile();
    }

    @Test
    void exactly_the_chosen_pipeline_is_written_and_each_publishes_with_the_same_script() throws IOException {
        Map<String, String> pipelines = Map.of("github", ".github/workflows/ci.yml", "gitlab", ".gitlab-ci.yml",
                "jenkins", "Jenkinsfile");
        for (Map.Entry<String, String> chosen : pipelines.entrySet()) {
            Path project = tmp.resolve(chosen.getKey());
            int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "new", "library",
                    "-DgroupId=com.acme", "-DartifactId=text-tools", "-Dci=" + chosen.getKey(),
                    "--dir", project.toString(), "--non-interactive");

            assertThat(exit).as(err.toString()).isZero();
            for (String pipeline : pipelines.values()) {
                assertThat(Files.exists(project.resolve(pipeline))).as(pipeline).isEqualTo(pipeline.equals(chosen.getValue()));
            }
            assertThat(project.resolve(chosen.getValue())).content().contains("mvn -B verify").contains("sh ci/publish.sh");
        }
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> all = new HashMap<>(environment);
        all.put(name, value);
        return all;
    }
}
