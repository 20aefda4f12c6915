package dev.cairn.update;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.template.Manifest.Ownership;
import dev.cairn.update.FileOutcome.Action;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One file at a time through each ownership mode and each case of base, ours and theirs. */
class FilePlannerTest {

    private static final String BASE = "a\nb\nc\nd\ne\n";

    private final Map<String, FileVersion> base = new HashMap<>();
    private final Map<String, FileVersion> ours = new HashMap<>();
    private final Map<String, FileVersion> theirs = new HashMap<>();
    private final Map<String, Ownership> owners = new HashMap<>();
    private Set<String> recordedDeleted = Set.of();
    private boolean force;

    private static FileVersion text(String text) {
        return new FileVersion(text.getBytes(StandardCharsets.UTF_8), false);
    }

    private void file(String path, String base, String ours, String theirs) {
        if (base != null) {
            this.base.put(path, text(base));
        }
        if (ours != null) {
            this.ours.put(path, text(ours));
        }
        if (theirs != null) {
            this.theirs.put(path, text(theirs));
        }
    }

    private FilePlanner.Output plan() {
        return FilePlanner.plan(new FilePlanner.Input(base, theirs, ours, Set.of(), recordedDeleted,
                path -> owners.getOrDefault(path, Ownership.MERGED), force, "project", "svc 1.1.0", path -> false));
    }

    private static String result(FilePlanner.Output out, String path) {
        FileVersion v = out.files().get(path);
        return v == null ? null : new String(v.content(), StandardCharsets.UTF_8);
    }

    private static FileOutcome outcome(FilePlanner.Output out, String path) {
        return out.outcomes().stream().filter(o -> o.path().equals(path)).findFirst().orElse(null);
    }

    // ---- merged (the default) ------------------------------------------------------------------------------

    @Test
    void merged_takes_the_template_change_when_the_team_did_not_edit() {
        file("f", BASE, BASE, "a\nB\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "f")).isEqualTo("a\nB\nc\nd\ne\n");
        assertThat(outcome(out, "f").action()).isEqualTo(Action.UPDATED);
    }

    @Test
    void merged_keeps_a_local_edit_the_template_did_not_touch() {
        file("f", BASE, "a\nb\nc\nD\ne\n", BASE);

        FilePlanner.Output out = plan();

        assertThat(result(out, "f")).isEqualTo("a\nb\nc\nD\ne\n");
        assertThat(outcome(out, "f").action()).isEqualTo(Action.KEPT);
    }

    @Test
    void merged_combines_edits_to_different_lines() {
        file("f", BASE, "a\nb\nc\nD\ne\n", "A\nb\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "f")).isEqualTo("A\nb\nc\nD\ne\n");
        assertThat(outcome(out, "f").action()).isEqualTo(Action.MERGED);
    }

    @Test
    void merged_marks_a_conflict_and_keeps_both_sides() {
        file("f", BASE, "a\nb\nOURS\nd\ne\n", "a\nb\nTHEIRS\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "f")).isEqualTo("a\nb\n<<<<<<< project\nOURS\n=======\nTHEIRS\n>>>>>>> svc 1.1.0\nd\ne\n");
        assertThat(outcome(out, "f").action()).isEqualTo(Action.CONFLICT);
        assertThat(outcome(out, "f").detail()).contains("1 conflict").contains("<<<<<<< project");
    }

    @Test
    void a_file_new_in_the_template_is_added_and_one_it_removed_is_removed_when_unedited() {
        file("new", null, null, "n\n");
        file("old", "o\n", "o\n", null);

        FilePlanner.Output out = plan();

        assertThat(result(out, "new")).isEqualTo("n\n");
        assertThat(outcome(out, "new").action()).isEqualTo(Action.ADDED);
        assertThat(out.files()).containsEntry("old", null);
        assertThat(outcome(out, "old").action()).isEqualTo(Action.REMOVED);
    }

    @Test
    void a_file_the_template_removed_but_the_team_edited_is_kept_as_a_conflict() {
        file("old", "o\n", "o edited\n", null);

        FilePlanner.Output out = plan();

        assertThat(result(out, "old")).isEqualTo("o edited\n");
        assertThat(outcome(out, "old").action()).isEqualTo(Action.CONFLICT);
        assertThat(outcome(out, "old").detail()).contains("the template removed it; you changed it");
    }

    @Test
    void a_file_the_team_deleted_stays_deleted_when_the_template_did_not_change_it() {
        file("gone", BASE, null, BASE);

        FilePlanner.Output out = plan();

        assertThat(out.files()).containsEntry("gone", null);
        assertThat(outcome(out, "gone").action()).isEqualTo(Action.KEPT_DELETED);
    }

    @Test
    void a_file_the_team_deleted_and_the_template_changed_is_a_conflict_with_the_new_version_written() {
        file("gone", BASE, null, "a\nB\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "gone")).isEqualTo("a\nB\nc\nd\ne\n");
        assertThat(outcome(out, "gone").action()).isEqualTo(Action.CONFLICT);
        assertThat(outcome(out, "gone").detail()).contains("you deleted it; the template changed it");
    }

    @Test
    void a_path_recorded_as_deleted_is_not_added_back() {
        file("gone", null, null, "x\n");
        recordedDeleted = Set.of("gone");

        FilePlanner.Output out = plan();

        assertThat(out.files()).containsEntry("gone", null);
        assertThat(outcome(out, "gone").action()).isEqualTo(Action.KEPT_DELETED);
    }

    @Test
    void binary_files_changed_on_both_sides_keep_the_teams_version_and_are_a_conflict() {
        base.put("logo.png", new FileVersion(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, false));
        ours.put("logo.png", new FileVersion(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 2}, false));
        theirs.put("logo.png", new FileVersion(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 3}, false));

        FilePlanner.Output out = plan();

        assertThat(out.files().get("logo.png").content()).containsExactly((byte) 0x89, 'P', 'N', 'G', 0, 2);
        assertThat(outcome(out, "logo.png").action()).isEqualTo(Action.CONFLICT);
        assertThat(outcome(out, "logo.png").detail()).startsWith("binary");
    }

    @Test
    void a_binary_file_only_the_template_changed_is_taken() {
        base.put("logo.png", new FileVersion(new byte[] {0, 1}, false));
        ours.put("logo.png", new FileVersion(new byte[] {0, 1}, false));
        theirs.put("logo.png", new FileVersion(new byte[] {0, 3}, false));

        assertThat(plan().files().get("logo.png").content()).containsExactly(0, 3);
    }

    @Test
    void the_teams_executable_bit_survives_a_template_change_and_the_templates_own_bit_change_arrives() {
        base.put("run.sh", text("echo 1\n"));
        ours.put("run.sh", new FileVersion("echo 1\n".getBytes(StandardCharsets.UTF_8), true));
        theirs.put("run.sh", text("echo 2\n"));
        base.put("tool.sh", text("t\n"));
        ours.put("tool.sh", text("t\n"));
        theirs.put("tool.sh", new FileVersion("t\n".getBytes(StandardCharsets.UTF_8), true));

        FilePlanner.Output out = plan();

        assertThat(out.files().get("run.sh")).isEqualTo(new FileVersion("echo 2\n".getBytes(StandardCharsets.UTF_8), true));
        assertThat(out.files().get("tool.sh").executable()).isTrue();
    }

    @Test
    void both_sides_adding_the_same_path_differently_is_a_conflict() {
        file("both", null, "mine\n", "theirs\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "both")).contains("<<<<<<< project\nmine\n=======\ntheirs\n>>>>>>> svc 1.1.0\n");
        assertThat(outcome(out, "both").detail()).startsWith("added on both sides");
    }

    @Test
    void a_template_rename_git_would_detect_carries_the_teams_edits_to_the_new_path() {
        String old = "one\ntwo\nthree\nfour\nfive\nsix\n";
        file("src/Old.java", old, "one\ntwo\nthree\nFOUR (team)\nfive\nsix\n", null);
        file("src/New.java", null, null, "ONE (template)\ntwo\nthree\nfour\nfive\nsix\n");

        FilePlanner.Output out = plan();

        assertThat(out.files()).containsEntry("src/Old.java", null);
        assertThat(result(out, "src/New.java")).isEqualTo("ONE (template)\ntwo\nthree\nFOUR (team)\nfive\nsix\n");
        assertThat(outcome(out, "src/New.java")).isEqualTo(
                new FileOutcome("src/New.java", Action.RENAMED, "src/Old.java", "with your edits merged"));
        assertThat(out.outcomes()).hasSize(1);
    }

    // ---- template ------------------------------------------------------------------------------------------

    @Test
    void template_owned_file_edited_here_is_drift_left_alone_without_force() {
        owners.put("ci.yml", Ownership.TEMPLATE);
        file("ci.yml", BASE, "local\n", "a\nB\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "ci.yml")).isEqualTo("local\n");
        assertThat(outcome(out, "ci.yml").action()).isEqualTo(Action.DRIFT);
        assertThat(outcome(out, "ci.yml").detail()).contains("--force").contains("ci.yml.local");
    }

    @Test
    void template_owned_file_is_drift_even_when_the_template_did_not_change_it() {
        owners.put("ci.yml", Ownership.TEMPLATE);
        file("ci.yml", BASE, "local\n", BASE);

        assertThat(outcome(plan(), "ci.yml").action()).isEqualTo(Action.DRIFT);
    }

    @Test
    void template_owned_file_with_force_is_overwritten_and_the_edit_kept_as_local() {
        owners.put("ci.yml", Ownership.TEMPLATE);
        force = true;
        file("ci.yml", BASE, "local\n", "a\nB\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "ci.yml")).isEqualTo("a\nB\nc\nd\ne\n");
        assertThat(result(out, "ci.yml.local")).isEqualTo("local\n");
        assertThat(outcome(out, "ci.yml").action()).isEqualTo(Action.OVERWRITTEN);
        assertThat(outcome(out, "ci.yml").detail()).contains("kept as ci.yml.local");
    }

    @Test
    void template_owned_file_without_local_edits_just_updates() {
        owners.put("ci.yml", Ownership.TEMPLATE);
        file("ci.yml", BASE, BASE, "new\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "ci.yml")).isEqualTo("new\n");
        assertThat(outcome(out, "ci.yml").action()).isEqualTo(Action.UPDATED);
    }

    // ---- seed ----------------------------------------------------------------------------------------------

    @Test
    void seed_file_is_never_touched_once_it_exists() {
        owners.put("app.yaml", Ownership.SEED);
        file("app.yaml", BASE, BASE, "a\nB\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "app.yaml")).isEqualTo(BASE);
        assertThat(outcome(out, "app.yaml").action()).isEqualTo(Action.SEED);
    }

    @Test
    void seed_file_deleted_by_the_team_stays_deleted_even_when_the_template_changed_it() {
        owners.put("app.yaml", Ownership.SEED);
        file("app.yaml", BASE, null, "a\nB\nc\nd\ne\n");

        FilePlanner.Output out = plan();

        assertThat(out.files()).containsEntry("app.yaml", null);
        assertThat(outcome(out, "app.yaml").action()).isEqualTo(Action.SEED);
    }

    @Test
    void a_seed_file_new_in_the_template_is_written_once() {
        owners.put("app.yaml", Ownership.SEED);
        file("app.yaml", null, null, "x\n");

        FilePlanner.Output out = plan();

        assertThat(result(out, "app.yaml")).isEqualTo("x\n");
        assertThat(outcome(out, "app.yaml").action()).isEqualTo(Action.ADDED);
    }

    @Test
    void outcomes_come_in_path_order_and_unchanged_files_are_not_reported() {
        file("z", BASE, BASE, "z\n");
        file("same", BASE, BASE, BASE);
        file("a", null, null, "a\n");

        assertThat(plan().outcomes()).extracting(FileOutcome::path).containsExactly("a", "z");
    }

    @Test
    void nothing_is_lost_a_local_edit_survives_every_case_where_ours_differs_from_base() {
        for (String theirsText : List.of(BASE, "a\nb\nc\nd\nE\n", "x\n", "a\nb\nc\nD\ne\n")) {
            base.clear();
            ours.clear();
            theirs.clear();
            file("f", BASE, "a\nb\nc\nD\ne\n", theirsText);

            assertThat(result(plan(), "f")).as(theirsText).contains("D\n");
        }
    }
}
