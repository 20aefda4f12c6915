package dev.cairn.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.generate.Prompter;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.TemplateLoader;
import dev.cairn.update.FileOutcome.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn update} on a real project generated from a template folder the test then moves on to
 * a new version: the per-file report, each ownership mode, deleted files, migrations, parameters,
 * dry runs, dirty work trees, and a write that fails part-way.
 */
class UpdaterTest {

    private static final String GREETING = "<requiredProperty key=\"greeting\"><defaultValue>hello</defaultValue></requiredProperty>";
    private static final String TEXT = "one\ntwo\nthree\nfour\nfive\n";

    @TempDir
    Path tmp;

    private Workshop w;

    @BeforeEach
    void version_1_0_0() {
        w = new Workshop(tmp).template("1.0.0", GREETING, """
                files:
                  - path: ci/**
                    ownership: template
                  - path: seed.txt
                    ownership: seed
                """,
                "changed.txt", TEXT,
                "merged.txt", TEXT,
                "conflict.txt", TEXT,
                "removed.txt", "bye\n",
                "kept-deleted.txt", TEXT,
                "deleted-changed.txt", TEXT,
                "config/app.yaml", "server:\n  port: 8080\n  host: localhost\n",
                "ci/pipeline.yml", "steps: [build]\n",
                "seed.txt", "seed v1\n",
                "greeting.txt", "${greeting} world\n");
        w.generate();
    }

    /** Version 1.1.0: every kind of change a template makes. */
    private void version_1_1_0() {
        w.template("1.1.0", GREETING + "<requiredProperty key=\"region\"><defaultValue>eu</defaultValue></requiredProperty>", """
                files:
                  - path: ci/**
                    ownership: template
                  - path: seed.txt
                    ownership: seed
                migrations:
                  - version: 1.1.0
                    move: {from: config/app.yaml, to: settings/app.yaml}
                  - version: 1.1.0
                    renameKey: {file: settings/app.yaml, from: server.port, to: server.httpPort}
                """,
                "changed.txt", "ONE\ntwo\nthree\nfour\nfive\n",
                "merged.txt", "ONE\ntwo\nthree\nfour\nfive\n",
                "conflict.txt", "one\ntwo\nTHREE (template)\nfour\nfive\n",
                "added.txt", "new in 1.1.0\n",
                "kept-deleted.txt", TEXT,
                "deleted-changed.txt", "one\ntwo\nthree\nfour\nFIVE\n",
                "settings/app.yaml", "server:\n  httpPort: 8080\n  host: localhost\n  timeout: 30s\n",
                "ci/pipeline.yml", "steps: [build, test]\n",
                "seed.txt", "seed v2\n",
                "greeting.txt", "${greeting} world, from ${region}\n");
    }

    private void team_edits() throws IOException {
        w.edit("merged.txt", "one\ntwo\nthree\nfour\nFIVE (team)\n");
        w.edit("conflict.txt", "one\ntwo\nTHREE (team)\nfour\nfive\n");
        w.edit("config/app.yaml", "server:\n  port: 9090 # the team's port\n  host: localhost\n");
        Files.delete(w.file("kept-deleted.txt"));
        Files.delete(w.file("deleted-changed.txt"));
    }

    private static FileOutcome outcome(UpdateResult result, String path) {
        return result.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + path + " in " + result.files()));
    }

    @Test
    void every_kind_of_change_is_applied_and_reported_per_file() throws IOException {
        team_edits();
        version_1_1_0();

        UpdateResult result = new Updater().update(w.request());

        assertThat(result.files()).extracting(f -> f.path() + " " + f.action() + (f.from() != null ? " from " + f.from() : ""))
                .containsExactly(
                        "added.txt ADDED",
                        "changed.txt UPDATED",
                        "ci/pipeline.yml UPDATED",
                        "conflict.txt CONFLICT",
                        "deleted-changed.txt CONFLICT",
                        "greeting.txt UPDATED",
                        "kept-deleted.txt KEPT_DELETED",
                        "merged.txt MERGED",
                        "removed.txt REMOVED",
                        "seed.txt SEED",
                        "settings/app.yaml RENAMED from config/app.yaml");
        assertThat(w.read("added.txt")).isEqualTo("new in 1.1.0\n");
        assertThat(w.read("changed.txt")).isEqualTo("ONE\ntwo\nthree\nfour\nfive\n");
        assertThat(w.read("merged.txt")).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE (team)\n");
        assertThat(w.read("conflict.txt")).isEqualTo(
                "one\ntwo\n<<<<<<< project\nTHREE (team)\n=======\nTHREE (template)\n>>>>>>> app 1.1.0\nfour\nfive\n");
        assertThat(w.read("deleted-changed.txt")).isEqualTo("one\ntwo\nthree\nfour\nFIVE\n");
        assertThat(w.file("kept-deleted.txt")).doesNotExist();
        assertThat(w.file("removed.txt")).doesNotExist();
        assertThat(w.read("seed.txt")).isEqualTo("seed v1\n");
        assertThat(w.read("greeting.txt")).isEqualTo("hello world, from eu\n");
        // moved by the migration, its key renamed: the team's value and comment survive, the template's new key arrives
        assertThat(w.file("config")).doesNotExist();
        assertThat(w.read("settings/app.yaml")).isEqualTo("server:\n  httpPort: 9090 # the team's port\n  host: localhost\n  timeout: 30s\n");
        assertThat(result.migrations()).containsExactly("move config/app.yaml -> settings/app.yaml",
                "rename key server.port -> server.httpPort in settings/app.yaml");
        assertThat(result.parameters()).containsExactly(new UpdateResult.Change("region", "eu", "added, default"));
        assertThat(result.needsAttention()).isTrue();
        assertThat(result.attention()).extracting(FileOutcome::path).containsExactly("conflict.txt", "deleted-changed.txt");
        // the version moves, and the team's deletion is recorded
        assertThat(w.read(".cairn/answers.yaml")).contains("  version: 1.1.0\n").contains("  region: eu\n")
                .contains("deleted:\n  - kept-deleted.txt\n");
    }

    @Test
    void the_report_reads_per_file_with_a_summary_of_what_needs_the_team_and_the_same_as_json() throws IOException {
        team_edits();
        version_1_1_0();

        UpdateResult result = new Updater().update(w.request());

        assertThat(result.text().replace(System.lineSeparator(), "\n")).isEqualTo("""
                Updated app 1.0.0 -> 1.1.0
                  migration  move config/app.yaml -> settings/app.yaml
                  migration  rename key server.port -> server.httpPort in settings/app.yaml
                  parameter  region = eu (added, default)
                  added             added.txt
                  updated           changed.txt
                  updated           ci/pipeline.yml
                  conflict          conflict.txt
                  conflict          deleted-changed.txt
                  updated           greeting.txt
                  kept deleted      kept-deleted.txt
                  merged            merged.txt
                  removed           removed.txt
                  seed, left as is  seed.txt (the template changed it; seed files are yours)
                  renamed           config/app.yaml -> settings/app.yaml (by a migration; merged)
                3 updated, 1 merged, 1 added, 1 removed, 1 renamed, 1 kept deleted, 2 conflicts, 1 seed file left as is

                2 files need you:
                  conflict.txt: changed on both sides: 1 conflict marked <<<<<<< project ... >>>>>>> app 1.1.0; resolve and remove the markers
                  deleted-changed.txt: you deleted it; the template changed it: its new version is written, delete it again to keep it deleted
                """);
        Map<String, Object> json = result.toMap();
        assertThat(json).containsEntry("from", "1.0.0").containsEntry("to", "1.1.0").containsEntry("written", true)
                .containsEntry("dryRun", false).containsEntry("conflicts", 2).containsEntry("drift", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertThat(files).hasSize(result.files().size());
        assertThat(files.get(3)).containsEntry("path", "conflict.txt").containsEntry("action", "conflict");
        assertThat(files.get(6)).containsEntry("path", "kept-deleted.txt").containsEntry("action", "kept-deleted");
        assertThat(files.get(10)).containsEntry("path", "settings/app.yaml").containsEntry("from", "config/app.yaml");
    }

    @Test
    void template_owned_drift_is_left_alone_and_overwritten_with_force_keeping_the_edit_as_local() throws IOException {
        w.edit("ci/pipeline.yml", "steps: [build, deploy-by-hand]\n");
        version_1_1_0();

        UpdateResult first = new Updater().update(w.request());

        assertThat(outcome(first, "ci/pipeline.yml").action()).isEqualTo(Action.DRIFT);
        assertThat(w.read("ci/pipeline.yml")).isEqualTo("steps: [build, deploy-by-hand]\n");
        assertThat(first.needsAttention()).isTrue();

        Updater.Request request = w.request();
        UpdateResult forced = new Updater().update(new Updater.Request(request.project(), request.shownAs(), null, null,
                Map.of(), List.of(), null, false, false, true, request.options()));

        assertThat(outcome(forced, "ci/pipeline.yml").action()).isEqualTo(Action.OVERWRITTEN);
        assertThat(w.read("ci/pipeline.yml")).isEqualTo("steps: [build, test]\n");
        assertThat(w.read("ci/pipeline.yml.local")).isEqualTo("steps: [build, deploy-by-hand]\n");
        assertThat(forced.needsAttention()).isFalse();
    }

    @Test
    void a_dry_run_writes_nothing_and_reports_the_same_as_the_real_run() throws IOException {
        team_edits();
        version_1_1_0();
        Map<String, String> before = w.snapshot();
        Updater.Request request = w.request();

        UpdateResult dry = new Updater().update(new Updater.Request(request.project(), request.shownAs(), null, null,
                Map.of(), List.of(), null, true, false, false, request.options()));

        assertThat(w.snapshot()).isEqualTo(before);
        assertThat(dry.written()).isFalse();
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.text()).startsWith("Would update (dry run: nothing written) app 1.0.0 -> 1.1.0");
        UpdateResult real = new Updater().update(request);
        assertThat(real.files()).isEqualTo(dry.files());
    }

    @Test
    void a_write_that_fails_at_any_step_leaves_every_file_as_it_was() throws IOException {
        team_edits();
        Files.setPosixFilePermissions(w.file("changed.txt"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        version_1_1_0();
        Map<String, String> before = w.snapshot();
        int steps = countSteps();
        assertThat(steps).as("steps of the whole update").isGreaterThan(20);

        for (int failAt = 1; failAt <= steps; failAt++) {
            FailingDisk disk = new FailingDisk(failAt);
            Updater updater = new Updater(TemplateLoader::load, disk);

            assertThatThrownBy(() -> updater.update(w.request())).as("failing at step " + failAt)
                    .isInstanceOf(CairnException.class).hasMessageContaining("cannot write the update")
                    .hasMessageContaining("injected");
            assertThat(w.snapshot()).as("after failing at step %d (%s)", failAt, disk.failed).isEqualTo(before);
        }
        // and without a failure, it is written
        new Updater(TemplateLoader::load, new FailingDisk(Integer.MAX_VALUE)).update(w.request());
        assertThat(w.read(".cairn/answers.yaml")).contains("version: 1.1.0");
        assertThat(w.snapshot().get("changed.txt")).startsWith("[x] ONE\n");
    }

    private int countSteps() {
        FailingDisk counting = new FailingDisk(Integer.MAX_VALUE);
        Updater updater = new Updater(TemplateLoader::load, counting);
        Updater.Request r = w.request();
        // a dry run writes nothing: count on a copy of the project instead
        Path copy = tmp.resolve("count");
        copyTree(w.project, copy);
        updater.update(new Updater.Request(copy, "count/", null, null, Map.of(), List.of(), null, false, false, false,
                r.options()));
        return counting.count;
    }

    private static void copyTree(Path from, Path to) {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The real disk, failing at the n-th operation. */
    private static final class FailingDisk implements ProjectWriter.Disk {
        final int failAt;
        int count;
        String failed;

        FailingDisk(int failAt) {
            this.failAt = failAt;
        }

        private void step(String what) throws IOException {
            if (++count == failAt) {
                failed = what;
                throw new IOException("injected failure at " + what);
            }
        }

        @Override
        public void createDirectory(Path dir) throws IOException {
            step("createDirectory " + dir.getFileName());
            ProjectWriter.REAL.createDirectory(dir);
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            step("write " + file.getFileName());
            ProjectWriter.REAL.write(file, content);
        }

        @Override
        public void setExecutable(Path file, boolean executable) throws IOException {
            step("setExecutable " + file.getFileName());
            ProjectWriter.REAL.setExecutable(file, executable);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            step("move " + from.getFileName() + " -> " + to.getFileName());
            ProjectWriter.REAL.move(from, to);
        }

        @Override
        public void delete(Path path) throws IOException {
            step("delete " + path.getFileName());
            ProjectWriter.REAL.delete(path);
        }
    }

    @Test
    void the_answers_file_keeps_the_old_version_until_the_merge_is_written() throws IOException {
        version_1_1_0();
        Updater.Request request = w.request();

        new Updater().update(new Updater.Request(request.project(), request.shownAs(), null, null, Map.of(), List.of(), null,
                true, false, false, request.options()));
        assertThat(w.read(".cairn/answers.yaml")).contains("version: 1.0.0");

        new Updater().update(request);
        assertThat(w.read(".cairn/answers.yaml")).contains("version: 1.1.0");
    }

    @Test
    void a_second_update_with_nothing_new_changes_nothing() throws IOException {
        team_edits();
        version_1_1_0();
        new Updater().update(w.request());
        Map<String, String> after = w.snapshot();

        UpdateResult again = new Updater().update(w.request());

        assertThat(w.snapshot()).isEqualTo(after);
        assertThat(again.written()).isFalse();
        assertThat(again.nothingToDo()).isTrue();
        assertThat(again.text()).isEqualTo("app 1.1.0 -> 1.1.0: nothing to update (3 local edits kept, 1 kept deleted)" + System.lineSeparator());
        assertThat(again.files()).extracting(FileOutcome::action).doesNotContain(Action.UPDATED, Action.MERGED,
                Action.ADDED, Action.REMOVED, Action.RENAMED);
    }

    @Test
    void a_new_parameter_is_asked_for_when_interactive_and_a_removed_one_is_reported() {
        w.template("1.1.0", "<requiredProperty key=\"region\"><defaultValue>eu</defaultValue></requiredProperty>", "",
                "greeting.txt", "hi from ${region}\n");
        List<String> asked = new ArrayList<>();
        Prompter prompter = (name, help, defaultValue, choices, error) -> {
            asked.add(name + " [" + defaultValue + "]");
            return "us";
        };
        Updater.Request r = w.request();

        UpdateResult result = new Updater().update(new Updater.Request(r.project(), r.shownAs(), null, null, Map.of(),
                List.of(), prompter, false, false, false, r.options()));

        assertThat(asked).containsExactly("region [eu]");
        assertThat(result.parameters()).containsExactly(new UpdateResult.Change("greeting", "hello", "removed"),
                new UpdateResult.Change("region", "us", "added, asked"));
        assertThat(w.read("greeting.txt")).isEqualTo("hi from us\n");
        assertThat(w.read(".cairn/answers.yaml")).contains("region: us").doesNotContain("greeting:");
    }

    @Test
    void a_new_overlay_that_applies_by_itself_arrives_and_one_asked_for_with_with_too() {
        w.template("1.1.0", GREETING, """
                overlays:
                  audit:
                    description: An audit log.
                    when: "$greeting == 'hello'"
                  docker:
                    description: A Dockerfile.
                """, "greeting.txt", "${greeting} world\n",
                "META-INF/cairn/overlays/audit/files/audit.txt", "audited\n",
                "META-INF/cairn/overlays/docker/files/Dockerfile.txt", "FROM scratch\n");
        // the overlays' files live beside the archetype's resources, not in them
        moveOutOfResources("META-INF/cairn/overlays");
        Updater.Request r = w.request();

        UpdateResult result = new Updater().update(new Updater.Request(r.project(), r.shownAs(), null, null, Map.of(),
                List.of("docker"), null, false, false, false, r.options()));

        assertThat(result.overlays()).containsExactly(new UpdateResult.Change("audit", null, "applies"),
                new UpdateResult.Change("docker", null, "applies"));
        assertThat(w.read("audit.txt")).isEqualTo("audited\n");
        assertThat(w.read("Dockerfile.txt")).isEqualTo("FROM scratch\n");
        assertThat(w.read(".cairn/answers.yaml")).contains("overlays: [audit, docker]");
    }

    private void moveOutOfResources(String folder) {
        try {
            Path from = w.template.resolve("archetype-resources").resolve(folder);
            Path to = w.template.resolve(folder);
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_git_work_tree_with_uncommitted_changes_is_refused_unless_allowed() throws Exception {
        version_1_1_0();
        try (Git git = Git.init().setDirectory(w.project.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("generated").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
        }
        w.edit("merged.txt", "work in progress\n");
        Map<String, String> before = w.snapshot();

        assertThatThrownBy(() -> new Updater().update(w.request())).isInstanceOf(CairnException.class)
                .hasMessageContaining("uncommitted changes (1 file: merged.txt)");
        assertThat(w.snapshot()).isEqualTo(before);

        Updater.Request r = w.request();
        UpdateResult allowed = new Updater().update(new Updater.Request(r.project(), r.shownAs(), null, null, Map.of(),
                List.of(), null, false, true, false, r.options()));
        assertThat(allowed.written()).isTrue();
    }

    @Test
    void an_unknown_version_of_a_folder_template_is_bad_input() {
        version_1_1_0();
        Updater.Request r = w.request();

        assertThatThrownBy(() -> new Updater().update(new Updater.Request(r.project(), r.shownAs(), "2.0.0", null, Map.of(),
                List.of(), null, false, false, false, RenderOptions.defaults())))
                .isInstanceOf(CairnException.class).hasMessageContaining("is at version 1.1.0, not 2.0.0");
    }

    @Test
    void without_a_snapshot_the_base_is_rendered_again_when_the_source_still_has_the_version() throws IOException {
        Files.delete(w.file(".cairn/pristine.zip"));
        w.edit("merged.txt", "one\ntwo\nthree\nfour\nFIVE (team)\n");

        UpdateResult result = new Updater().update(w.request()); // same version: the base is the template as it is

        assertThat(result.files()).extracting(FileOutcome::path, FileOutcome::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("merged.txt", Action.KEPT));
        assertThat(w.file(".cairn/pristine.zip")).exists(); // written back for the next update

        Files.delete(w.file(".cairn/pristine.zip"));
        version_1_1_0();
        assertThatThrownBy(() -> new Updater().update(w.request())).isInstanceOf(CairnException.class)
                .hasMessageContaining("no .cairn/pristine.zip").hasMessageContaining("no longer has version 1.0.0");
    }
}
