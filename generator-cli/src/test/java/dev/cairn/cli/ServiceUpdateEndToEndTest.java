package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.CairnVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service template's life, end to end, on a folder copy of {@code archetypes/service} that the
 * test turns into new versions as a platform team would: a project is generated from 1.0.0, its team
 * edits code, config, pipeline and docs and commits; 1.1.0 changes the pipeline, adds a config key
 * from a new parameter, and renames a file with a migration; {@code cairn update} brings the team's
 * edits and the template's changes together, and the project still builds ({@code mvn -B verify}).
 * Then 1.2.0 changes a line the team changed too: the update exits 1 with conflict markers and loses
 * nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceUpdateEndToEndTest {

    private static final Path SERVICE = Path.of("../archetypes/service/src/main/resources");
    static final String ADR = "docs/adr/0001-record-architecture-decisions.md";
    static final String MOVED_ADR = "docs/decisions/0001-record-architecture-decisions.md";
    static final String CONFIG = "src/main/resources/application.yaml";
    static final String ORDER = "src/main/java/com/acme/orders/domain/Order.java";
    static final String PIPELINE = ".github/workflows/ci.yml";
    static final String TEAM_STEP = "\n      - name: Tell the team\n        run: echo \"the jar is built\"\n";

    @TempDir
    static Path tmp;

    private static Path template() {
        return tmp.resolve("service-template");
    }

    private static Path project() {
        return tmp.resolve("orders");
    }

    @Test
    @Order(1)
    void a_team_edits_its_project_and_version_1_1_0_arrives_with_the_edits_kept_and_the_project_builds() throws Exception {
        copyTemplate();
        MainTest.Run created = MainTest.run("new", template().toString(), "--dir", project().toString(),
                "-DgroupId=com.acme", "-DartifactId=orders", "--non-interactive");
        assertThat(created.exitCode()).as(created.err()).isZero();
        commit("generated from service 1.0.0");

        teamEdits(project());
        commit("the team's changes");

        version_1_1_0(template());
        MainTest.Run update = MainTest.run("update", "--dir", project().toString(), "--non-interactive");

        assertThat(update.exitCode()).as(update.out() + update.err()).isZero();
        assertThat(update.out()).contains("Updated service 1.0.0 -> 1.1.0\n",
                "  migration  move " + ADR + " -> " + MOVED_ADR + "\n",
                "  parameter  owner-team = platform (added, default)\n")
                .containsPattern("(?m)^  merged +" + PIPELINE + "$")
                .containsPattern("(?m)^  merged +" + CONFIG + "$")
                .containsPattern("(?m)^  renamed +" + ADR + " -> " + MOVED_ADR + " \\(by a migration; kept local edit\\)$")
                .containsPattern("(?m)^  kept local edit +" + ORDER + "$")
                .endsWith("2 merged, 1 renamed, 1 local edit kept\n");
        assertEditsKeptAndChangesArrived(project());

        GeneratedBuild.Result build = GeneratedBuild.mvn(project(), Map.of(), "verify");
        assertThat(build.passed()).as("mvn -B verify of the updated project; log: %s", build.logFile()).isTrue();
        Files.deleteIfExists(build.logFile());
    }

    @Test
    @Order(2)
    void a_change_to_a_line_the_team_changed_is_a_conflict_exit_1_with_markers_and_nothing_lost() throws Exception {
        commit("service 1.1.0");
        edit(template(), "META-INF/cairn/template.yaml", "version: 1.1.0\n", "version: 1.2.0\n");
        edit(template(), "archetype-resources/" + "src/main/resources/application.yaml", "  bulk-quantity: 10\n",
                "  bulk-quantity: 20\n");

        MainTest.Run update = MainTest.run("update", "--dir", project().toString(), "--non-interactive");

        assertThat(update.exitCode()).as(update.out() + update.err()).isEqualTo(1);
        assertThat(update.out()).containsPattern("(?m)^  conflict +" + CONFIG + "$").contains("1 file needs you:\n",
                "  " + CONFIG + ": changed on both sides: 1 conflict marked <<<<<<< project ... >>>>>>> service 1.2.0;");
        assertThat(read(CONFIG)).contains("<<<<<<< project\n  bulk-quantity: 12\n=======\n  bulk-quantity: 20\n>>>>>>> service 1.2.0\n");
        // nothing else of the team's is lost
        assertThat(read(ORDER)).contains("// The orders team: an order never changes once it is placed.");
        assertThat(read(PIPELINE)).contains(TEAM_STEP).contains("    timeout-minutes: 45\n");
        assertThat(read(MOVED_ADR)).endsWith("\nReviewed by the orders team.\n");
        try (Git git = Git.open(project().toFile())) {
            assertThat(git.status().call().getModified()).containsExactlyInAnyOrder(CONFIG, ".cairn/answers.yaml",
                    ".cairn/pristine.zip");
        }
    }

    /** What the orders team changes in its project: code, config, pipeline, docs. */
    static void teamEdits(Path project) throws IOException {
        edit(project, ORDER, "package com.acme.orders.domain;\n",
                "package com.acme.orders.domain;\n\n// The orders team: an order never changes once it is placed.\n");
        edit(project, CONFIG, "  bulk-quantity: 10\n", "  bulk-quantity: 12\n");
        edit(project, PIPELINE, "          if-no-files-found: error\n", "          if-no-files-found: error\n" + TEAM_STEP);
        append(project, ADR, "\nReviewed by the orders team.\n");
    }

    /** After the update to 1.1.0: every edit of {@link #teamEdits} is there, and every change of {@link #version_1_1_0}. */
    static void assertEditsKeptAndChangesArrived(Path project) throws IOException {
        // the team's edits survive
        assertThat(read(project, ORDER)).contains("// The orders team: an order never changes once it is placed.");
        assertThat(read(project, CONFIG)).contains("  bulk-quantity: 12\n");
        assertThat(read(project, PIPELINE)).contains(TEAM_STEP);
        assertThat(read(project, MOVED_ADR)).endsWith("\nReviewed by the orders team.\n");
        // the template's changes arrive
        assertThat(read(project, PIPELINE)).contains("    timeout-minutes: 45\n");
        assertThat(read(project, CONFIG)).contains("  # The team that owns the service, in alerts and dashboards.\n  owner: platform\n");
        assertThat(project.resolve("docs/adr")).doesNotExist();
        assertThat(read(project, ".cairn/answers.yaml")).contains("  version: 1.1.0\n", "  owner-team: platform\n");
    }

    /**
     * What a platform team changes for 1.1.0: the pipeline, a config key from a new parameter, a renamed file.
     *
     * @param template the template's resources: META-INF and archetype-resources
     */
    static void version_1_1_0(Path template) throws IOException {
        edit(template, "META-INF/cairn/template.yaml", "version: 1.0.0\n", "version: 1.1.0\n");
        edit(template, "META-INF/cairn/template.yaml", "\n# Each overlay", """
                  - name: owner-team
                    default: platform
                    help: The team that owns the service, named in alerts and dashboards.

                # Each overlay""");
        append(template, "META-INF/cairn/template.yaml", """

                migrations:
                  - version: 1.1.0
                    move:
                      from: docs/adr/0001-record-architecture-decisions.md
                      to: docs/decisions/0001-record-architecture-decisions.md
                """);
        edit(template, "META-INF/maven/archetype-metadata.xml", "  </requiredProperties>", """
                    <requiredProperty key="owner-team">
                      <defaultValue>platform</defaultValue>
                    </requiredProperty>
                  </requiredProperties>""");
        edit(template, "META-INF/maven/archetype-metadata.xml", "<directory>docs/adr</directory>",
                "<directory>docs/decisions</directory>");
        Path resources = template.resolve("archetype-resources");
        Files.createDirectories(resources.resolve("docs/decisions"));
        Files.move(resources.resolve(ADR), resources.resolve(MOVED_ADR));
        edit(template, "archetype-resources/" + CONFIG, "  implementation: ${framework}\n",
                "  implementation: ${framework}\n  ${symbol_pound} The team that owns the service, in alerts and dashboards.\n"
                        + "  owner: ${owner-team}\n");
        edit(template, "archetype-resources/" + PIPELINE, "    timeout-minutes: 30\n", "    timeout-minutes: 45\n");
    }

    /** archetypes/service as its jar holds it, with @project.version@ filtered as the build filters it. */
    private static void copyTemplate() throws IOException {
        try (Stream<Path> walk = Files.walk(SERVICE)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = template().resolve(SERVICE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        edit(template(), "archetype-resources/pom.xml", "@cairn.rules.version@", CairnVersion.get());
    }

    /** Replaces the first occurrence of {@code from}, which must be there. */
    static void edit(Path root, String path, String from, String to) throws IOException {
        Path file = root.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, file).isNotNegative();
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    }

    static void append(Path root, String path, String text) throws IOException {
        Files.writeString(root.resolve(path), Files.readString(root.resolve(path), StandardCharsets.UTF_8) + text,
                StandardCharsets.UTF_8);
    }

    private static String read(String path) throws IOException {
        return read(project(), path);
    }

    static String read(Path project, String path) throws IOException {
        return Files.readString(project.resolve(path), StandardCharsets.UTF_8);
    }

    private static void commit(String message) throws GitAPIException, IOException {
        try (Git git = Files.isDirectory(project().resolve(".git")) ? Git.open(project().toFile())
                : Git.init().setDirectory(project().toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call(); // deletions too
            git.commit().setMessage(message).setAuthor("orders team", "orders@example.com")
                    .setCommitter("orders team", "orders@example.com").setSign(false).call();
        }
    }
}
