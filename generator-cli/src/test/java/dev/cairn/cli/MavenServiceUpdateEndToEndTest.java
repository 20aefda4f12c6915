package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance line 3 of the template lifecycle, through a Maven repository as a platform team ships
 * templates: the service template's module (a copy of {@code archetypes/service} at 1.0.0) is published
 * with {@code cairn template publish} to a {@code file:} repository, a project is generated from its
 * coordinates through a settings.xml, the team edits code, config, pipeline and docs, the platform team
 * publishes 1.1.0 (changed pipeline, a config key from a new parameter, a file renamed by a migration),
 * and {@code cairn update} brings both together; the project builds. Then 1.2.0 changes a line the team
 * changed: exit 1, conflict markers, nothing lost. The same changes as {@link ServiceUpdateEndToEndTest},
 * which drives them through a folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MavenServiceUpdateEndToEndTest {

    private static final Path SERVICE_MODULE = Path.of("../archetypes/service");
    private static final String COORDINATES = "dev.cairn:cairn-template-service";

    @TempDir
    static Path tmp;

    private static Path module() {
        return tmp.resolve("cairn-template-service");
    }

    private static Path resources() {
        return module().resolve("src/main/resources");
    }

    private static Path repository() {
        return tmp.resolve("repository");
    }

    private static Path project() {
        return tmp.resolve("orders");
    }

    @Test
    @Order(1)
    void published_1_1_0_arrives_by_update_with_the_teams_edits_kept_and_the_project_builds() throws Exception {
        copyModule("1.0.0");
        publish("1.0.0");
        Path settings = TemplateModule.settings(tmp.resolve("user"), TemplateModule.offlineWithRepository(repository()));

        CliRun created = CliRun.of("new", COORDINATES, "-s", settings.toString(), "--dir", project().toString(),
                "-DgroupId=com.acme", "-DartifactId=orders", "--non-interactive");

        assertThat(created.exit()).as(created.toString()).isZero();
        assertThat(created.out()).contains("from service 1.0.0");
        assertThat(ServiceUpdateEndToEndTest.read(project(), ".cairn/answers.yaml"))
                .contains("source: " + COORDINATES + "\n", "version: 1.0.0\n");
        ServiceUpdateEndToEndTest.teamEdits(project());

        ServiceUpdateEndToEndTest.version_1_1_0(resources());
        setVersion("1.0.0", "1.1.0");
        publish("1.1.0");
        MainTest.Run update = updateWith(settings);

        assertThat(update.exitCode()).as(update.out() + update.err()).isZero();
        assertThat(update.out()).contains("Updated service 1.0.0 -> 1.1.0\n",
                "  parameter  owner-team = platform (added, default)\n")
                .containsPattern("(?m)^  renamed +" + ServiceUpdateEndToEndTest.ADR + " -> " + ServiceUpdateEndToEndTest.MOVED_ADR
                        + " \\(by a migration; kept local edit\\)$");
        ServiceUpdateEndToEndTest.assertEditsKeptAndChangesArrived(project());
        assertThat(ServiceUpdateEndToEndTest.read(project(), ".cairn/answers.yaml")).contains("source: " + COORDINATES + "\n");

        GeneratedBuild.Result build = GeneratedBuild.mvn(project(), Map.of(), "verify");
        assertThat(build.passed()).as("mvn -B verify of the updated project; log: %s", build.logFile()).isTrue();
        Files.deleteIfExists(build.logFile());
    }

    @Test
    @Order(2)
    void published_1_2_0_changing_a_line_the_team_changed_is_a_conflict_exit_1_and_nothing_lost() throws Exception {
        Path settings = tmp.resolve("user/settings.xml");
        ServiceUpdateEndToEndTest.edit(resources(), "META-INF/cairn/template.yaml", "version: 1.1.0\n", "version: 1.2.0\n");
        ServiceUpdateEndToEndTest.edit(resources(), "archetype-resources/" + ServiceUpdateEndToEndTest.CONFIG,
                "  bulk-quantity: 10\n", "  bulk-quantity: 20\n");
        setVersion("1.1.0", "1.2.0");
        publish("1.2.0");

        MainTest.Run update = updateWith(settings);

        assertThat(update.exitCode()).as(update.out() + update.err()).isEqualTo(1);
        assertThat(update.out()).containsPattern("(?m)^  conflict +" + ServiceUpdateEndToEndTest.CONFIG + "$");
        assertThat(ServiceUpdateEndToEndTest.read(project(), ServiceUpdateEndToEndTest.CONFIG))
                .contains("<<<<<<< project\n  bulk-quantity: 12\n=======\n  bulk-quantity: 20\n>>>>>>> service 1.2.0\n");
        // the team's other edits are all there, and the project still records the version it is really at
        assertThat(ServiceUpdateEndToEndTest.read(project(), ServiceUpdateEndToEndTest.ORDER))
                .contains("// The orders team: an order never changes once it is placed.");
        assertThat(ServiceUpdateEndToEndTest.read(project(), ServiceUpdateEndToEndTest.PIPELINE))
                .contains(ServiceUpdateEndToEndTest.TEAM_STEP);
        assertThat(ServiceUpdateEndToEndTest.read(project(), ServiceUpdateEndToEndTest.MOVED_ADR))
                .endsWith("\nReviewed by the orders team.\n");
    }

    /** {@code cairn update}, resolving the recorded coordinates through {@code -s settings}, as {@code cairn new} did. */
    private static MainTest.Run updateWith(Path settings) {
        return MainTest.run("update", "--dir", project().toString(), "-s", settings.toString(), "--non-interactive");
    }

    /** {@code cairn template publish} of the module; its build resolves the parent from this checkout's staging repository (-gs). */
    private static void publish(String version) throws IOException {
        Path staging = GeneratedBuild.stagingSettings(tmp.resolve("staging-settings.xml"));
        List<String> args = new ArrayList<>(List.of("template", "publish", module().toString(),
                "--repository", repository().toUri().toString(), "-gs", staging.toString()));
        args.addAll(TemplateModule.buildArgs());

        CliRun run = CliRun.of(args);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(repository().resolve("dev/cairn/cairn-template-service/" + version
                + "/cairn-template-service-" + version + ".jar")).isRegularFile();
    }

    /** The service module as a platform team keeps it in a repository of its own: versioned, its parent from a repository. */
    private static void copyModule(String version) throws IOException {
        try (Stream<Path> walk = Files.walk(SERVICE_MODULE)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                String relative = SERVICE_MODULE.relativize(source).toString().replace('\\', '/');
                if (relative.startsWith("target") || relative.startsWith("src/test")) {
                    continue;
                }
                Path target = module().resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        ServiceUpdateEndToEndTest.edit(module(), "pom.xml", "  </parent>\n", "    <relativePath/>\n  </parent>\n");
        ServiceUpdateEndToEndTest.edit(module(), "pom.xml", "  <artifactId>cairn-template-service</artifactId>\n",
                "  <artifactId>cairn-template-service</artifactId>\n  <version>" + version + "</version>\n");
    }

    private static void setVersion(String from, String to) throws IOException {
        ServiceUpdateEndToEndTest.edit(module(), "pom.xml", "<version>" + from + "</version>\n  <packaging>",
                "<version>" + to + "</version>\n  <packaging>");
        assertThat(Files.readString(resources().resolve("META-INF/cairn/template.yaml"), StandardCharsets.UTF_8))
                .contains("version: " + to + "\n");
    }
}
