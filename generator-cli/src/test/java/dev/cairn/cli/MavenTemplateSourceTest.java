package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.template.MavenCoordinates;
import dev.cairn.template.MavenSettingsFiles;
import dev.cairn.template.MavenSource;
import dev.cairn.template.TemplateSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates published with {@code cairn template publish} to a {@code file:} Maven repository the
 * test makes, then generated from by their coordinates through a settings.xml: the newest release
 * without a version (a newer SNAPSHOT is not a release), the version named with one, through a mirror
 * when settings.xml has one; a release is never published twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MavenTemplateSourceTest {

    Path tmp;
    Path repository;
    TemplateModule module;

    /** 1.0.0, 1.1.0 and 1.2.0-SNAPSHOT of one template, each published by the command itself. */
    @BeforeAll
    void publish_three_versions(@TempDir Path dir) throws Exception {
        tmp = dir;
        repository = tmp.resolve("repository");
        module = TemplateModule.write(tmp.resolve("template"), "fixture-template", "1.0.0");
        published(publish(module.path()));
        module.version("1.1.0").readme("made by ${templateVersion}");
        published(publish(module.path()));
        module.version("1.2.0-SNAPSHOT").readme("made by ${templateVersion}");
        published(publish(module.path()));
    }

    @Test
    void publish_deploys_jar_pom_checksums_and_metadata_listing_every_version() throws Exception {
        Path artifact = repository.resolve("com/example/templates/fixture-template");
        assertThat(artifact.resolve("1.0.0/fixture-template-1.0.0.jar")).isRegularFile();
        assertThat(artifact.resolve("1.0.0/fixture-template-1.0.0.pom")).isRegularFile();
        assertThat(artifact.resolve("1.0.0/fixture-template-1.0.0.jar.sha1")).isRegularFile();
        String metadata = Files.readString(artifact.resolve("maven-metadata.xml"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("<version>1.0.0</version>", "<version>1.1.0</version>",
                "<version>1.2.0-SNAPSHOT</version>", "<release>1.1.0</release>");
        // a snapshot is deployed with a timestamped file name, as mvn deploy does
        try (var files = Files.list(artifact.resolve("1.2.0-SNAPSHOT"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("fixture-template-1\\.2\\.0-\\d{8}\\.\\d{6}-1\\.jar"));
        }
        // the jar is the archetype plugin's: the template's files and the module's pom.properties
        try (var zip = new java.util.zip.ZipFile(artifact.resolve("1.1.0/fixture-template-1.1.0.jar").toFile())) {
            assertThat(zip.getEntry("META-INF/cairn/template.yaml")).isNotNull();
            assertThat(zip.getEntry("archetype-resources/README.md")).isNotNull();
            assertThat(zip.getEntry("META-INF/maven/com.example.templates/fixture-template/pom.properties")).isNotNull();
        }
    }

    @Test
    void new_without_a_version_takes_the_newest_release_not_the_snapshot() throws Exception {
        Path settings = TemplateModule.settings(tmp.resolve("newest"), TemplateModule.offlineWithRepository(repository));
        Path project = tmp.resolve("newest/project");

        CliRun run = CliRun.of("new", module.coordinates(), "-s", settings.toString(), "--dir", project.toString(),
                "-DgroupId=com.acme", "-DartifactId=demo", "--non-interactive");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Created ").contains("from fixture-template 1.1.0");
        assertThat(project.resolve("README.md")).hasContent("made by 1.1.0");
        String answers = Files.readString(project.resolve(".cairn/answers.yaml"));
        // the source is recorded without its version, which is recorded beside it: update resolves it again
        assertThat(answers).contains("source: " + module.coordinates() + "\n", "version: 1.1.0");
    }

    @Test
    void new_with_a_version_takes_that_version() throws Exception {
        Path settings = TemplateModule.settings(tmp.resolve("exact"), TemplateModule.offlineWithRepository(repository));
        Path project = tmp.resolve("exact/project");

        CliRun run = CliRun.of("new", module.coordinates() + ":1.0.0", "-s", settings.toString(), "--dir", project.toString(),
                "-DgroupId=com.acme", "-DartifactId=demo", "--non-interactive");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(project.resolve("README.md")).hasContent("made by 1.0.0");
        assertThat(Files.readString(project.resolve(".cairn/answers.yaml"))).contains("version: 1.0.0");
    }

    @Test
    void versions_lists_releases_oldest_first_and_the_recorded_source_resolves_again() throws Exception {
        Path settings = TemplateModule.settings(tmp.resolve("versions"), TemplateModule.offlineWithRepository(repository));
        MavenSettingsFiles files = new MavenSettingsFiles(settings, null);
        MavenSource source = new MavenSource(MavenCoordinates.parse(module.coordinates()), files);

        assertThat(source.versions()).containsExactly("1.0.0", "1.1.0");
        var again = TemplateSources.resolve(source.describe(), tmp, files).atVersion("1.0.0");
        assertThat(again).isEqualTo(new MavenSource(MavenCoordinates.parse(module.coordinates() + ":1.0.0"), files));
        assertThat(new String(again.open().read("archetype-resources/README.md"), StandardCharsets.UTF_8))
                .isEqualTo("made by 1.0.0\n");
    }

    @Test
    void a_mirror_in_settings_serves_every_repository() throws Exception {
        // the profile's repository points nowhere; only the mirror, which stands in for it and for Central, has the template
        Path dir = tmp.resolve("mirror");
        Path settings = TemplateModule.settings(dir, """
                  <mirrors>
                    <mirror><id>company</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>templates</id>
                      <repositories><repository><id>templates</id><url>%s</url></repository></repositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>templates</activeProfile></activeProfiles>
                """.formatted(repository.toUri(), tmp.resolve("nothing-here").toUri()));

        CliRun run = CliRun.of("new", module.coordinates(), "-s", settings.toString(), "--dir", dir.resolve("project").toString(),
                "-DgroupId=com.acme", "-DartifactId=demo", "--non-interactive");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(dir.resolve("project/README.md")).hasContent("made by 1.1.0");
        // the resolver keeps each repository's metadata under the id it was fetched from: the mirror's
        Path local = dir.resolve("local-repository/com/example/templates/fixture-template");
        assertThat(local.resolve("maven-metadata-company.xml")).isRegularFile();
        assertThat(local.resolve("maven-metadata-templates.xml")).doesNotExist();
    }

    @Test
    void publishing_a_released_version_again_is_refused_and_changes_nothing() throws Exception {
        Path jar = repository.resolve("com/example/templates/fixture-template/1.1.0/fixture-template-1.1.0.jar");
        byte[] before = Files.readAllBytes(jar);
        Path copy = tmp.resolve("again");
        TemplateModule again = TemplateModule.write(copy, "fixture-template", "1.1.0");
        again.readme("changed, but 1.1.0 was released already");

        CliRun run = publish(copy);

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + module.coordinates() + ":1.1.0 is already published in "
                + repository.toUri() + "; a released version is never overwritten (raise the version in pom.xml and the"
                + " manifest, or publish a -SNAPSHOT)\n");
        assertThat(Files.readAllBytes(jar)).isEqualTo(before);
        assertThat(copy.resolve("target")).as("refused before building").doesNotExist();
    }

    @Test
    void a_snapshot_may_be_published_again() throws Exception {
        Path copy = tmp.resolve("snapshot");
        TemplateModule.write(copy, "fixture-template", "1.2.0-SNAPSHOT");

        published(publish(copy));

        String metadata = Files.readString(repository.resolve(
                "com/example/templates/fixture-template/1.2.0-SNAPSHOT/maven-metadata.xml"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("<buildNumber>2</buildNumber>");
    }

    @Test
    void unknown_coordinates_are_one_line_and_exit_2() throws Exception {
        Path settings = TemplateModule.settings(tmp.resolve("unknown"), TemplateModule.offlineWithRepository(repository));

        CliRun run = CliRun.of("new", "com.example.templates:no-such-template", "-s", settings.toString(),
                "--dir", tmp.resolve("unknown/p").toString(), "-DgroupId=a.b", "-DartifactId=c", "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no release of com.example.templates:no-such-template in ")
                .contains("templates (" + repository.toUri())
                .hasLineCount(1);
        assertThat(tmp.resolve("unknown/p")).doesNotExist();
    }

    @Test
    void an_unknown_version_is_one_line_and_exit_2() throws Exception {
        Path settings = TemplateModule.settings(tmp.resolve("unknown-version"), TemplateModule.offlineWithRepository(repository));

        CliRun run = CliRun.of("new", module.coordinates() + ":9.9.9", "-s", settings.toString(),
                "--dir", tmp.resolve("unknown-version/p").toString(), "-DgroupId=a.b", "-DartifactId=c", "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no " + module.coordinates() + ":9.9.9 in ").hasLineCount(1);
    }

    @Test
    void an_unreachable_repository_is_one_line_and_exit_2() throws Exception {
        // a closed port on this machine: the connection is refused at once
        Path settings = TemplateModule.settings(tmp.resolve("unreachable"), """
                  <mirrors><mirror><id>down</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/repository/</url></mirror></mirrors>
                """);

        CliRun run = CliRun.of("new", module.coordinates(), "-s", settings.toString(),
                "--dir", tmp.resolve("unreachable/p").toString(), "-DgroupId=a.b", "-DartifactId=c", "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: cannot reach repository down (http://127.0.0.1:9/repository/): ")
                .hasLineCount(1);
    }

    @Test
    void a_malformed_settings_file_names_its_line() throws Exception {
        Path settings = tmp.resolve("bad-settings.xml");
        Files.writeString(settings, "<settings>\n  <offline>true</offline>\n  <mirrors><mirror>\n</settings>\n");

        CliRun run = CliRun.of("new", module.coordinates(), "-s", settings.toString(), "--non-interactive");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + settings + ":4: ").hasLineCount(1);
    }

    private CliRun publish(Path dir) {
        List<String> args = new ArrayList<>(List.of("template", "publish", dir.toString(),
                "--repository", repository.toUri().toString()));
        args.addAll(TemplateModule.buildArgs());
        return CliRun.of(args);
    }

    private static void published(CliRun run) {
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Published ");
    }
}
