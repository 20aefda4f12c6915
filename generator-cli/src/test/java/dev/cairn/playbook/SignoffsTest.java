package dev.cairn.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .cairn/signoffs.yaml}: appended to, read back, the latest sign-off counting, stale when the words changed. */
class SignoffsTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00.123Z");

    static Playbook playbook(String version, String runbookWhy) {
        String yaml = """
                id: readiness
                title: Readiness
                version: %s
                sections:
                  - id: ops
                    title: Operations
                    items:
                      - id: runbook
                        title: A runbook exists
                        why: %s
                        level: required
                        signoff: on-call lead
                      - id: docs
                        title: docs/architecture.md exists
                        why: Readers need it.
                        level: required
                        verify:
                          file-exists: docs/architecture.md
                """.formatted(version, runbookWhy);
        return PlaybookReader.read(yaml.getBytes(StandardCharsets.UTF_8), "readiness.yaml", "test");
    }

    @TempDir
    Path root;

    @Test
    void signing_appends_and_keeps_what_the_file_held() throws IOException {
        Playbook playbook = playbook("1.0.0", "The person paged did not write the service.");
        Item runbook = playbook.item("runbook").orElseThrow();

        Signoffs.sign(root, playbook, runbook, "Ada Lovelace", "wiki/orders/runbook", NOON);
        String first = Files.readString(root.resolve(Signoffs.PATH));
        Signoffs.sign(root, playbook, runbook, "Grace Hopper", null, NOON.plusSeconds(60));
        String second = Files.readString(root.resolve(Signoffs.PATH));

        assertThat(second).startsWith(first);
        assertThat(first).isEqualTo("""
                # Sign-offs of manual playbook items, appended by 'cairn playbook sign'. Commit this file.
                signoffs:
                  - playbook: readiness
                    item: runbook
                    version: 1.0.0
                    item-hash: %s
                    by: Ada Lovelace
                    at: '2026-11-24T12:00:00Z'
                    note: wiki/orders/runbook
                """.formatted(runbook.textHash()));
        Signoffs read = Signoffs.read(root);
        assertThat(read.entries()).hasSize(2);
        assertThat(read.latest("readiness", "runbook").orElseThrow().by()).isEqualTo("Grace Hopper");
        assertThat(read.latest("readiness", "runbook").orElseThrow().line()).isEqualTo(10);
        assertThat(read.latest("readiness", "docs")).isEmpty();
    }

    @Test
    void a_sign_off_is_stale_once_the_items_words_change_and_not_for_a_new_version_alone() throws IOException {
        Playbook v1 = playbook("1.0.0", "The person paged did not write the service.");
        Signoffs.sign(root, v1, v1.item("runbook").orElseThrow(), "Ada", null, NOON);
        Project project = Project.at(root);

        Playbook v11 = playbook("1.1.0", "The person paged did not write the service.");
        assertThat(PlaybookEvaluator.on(project).evaluate(v11).items().get(0).status()).isEqualTo(ItemStatus.SIGNED);

        Playbook v2 = playbook("2.0.0", "The person paged at night did not write the service, and must not guess.");
        PlaybookStatus.ItemResult stale = PlaybookEvaluator.on(project).evaluate(v2).items().get(0);
        assertThat(stale.status()).isEqualTo(ItemStatus.STALE);
        assertThat(stale.detail()).isEqualTo("signed by Ada on 2026-11-24 for version 1.0.0, whose words differ: sign it again");
        assertThat(stale.unmet()).isTrue();

        Signoffs.sign(root, v2, v2.item("runbook").orElseThrow(), "Ada", null, NOON);
        assertThat(PlaybookEvaluator.on(project).evaluate(v2).items().get(0).status()).isEqualTo(ItemStatus.SIGNED);
    }

    @Test
    void an_automatic_item_is_never_signed() {
        Playbook playbook = playbook("1.0.0", "Why.");
        assertThatThrownBy(() -> Signoffs.sign(root, playbook, playbook.item("docs").orElseThrow(), "Ada", null, NOON))
                .isInstanceOf(CairnException.class)
                .hasMessage("item 'docs' of readiness is verified automatically (file-exists docs/architecture.md); only manual items are signed off");
        assertThat(root.resolve(Signoffs.PATH)).doesNotExist();
    }

    @Test
    void a_hand_edited_file_is_written_anew_with_every_entry() throws IOException {
        Playbook playbook = playbook("1.0.0", "Why.");
        Files.createDirectories(root.resolve(".cairn"));
        Files.writeString(root.resolve(Signoffs.PATH), "signoffs: [{playbook: readiness, item: runbook, version: 0.9.0, "
                + "item-hash: 'sha256:00', by: Ada, at: '2026-01-01T00:00:00Z'}]\n");

        Signoffs.sign(root, playbook, playbook.item("runbook").orElseThrow(), "Grace", null, NOON);

        assertThat(Signoffs.read(root).entries()).extracting(Signoff::by).containsExactly("Ada", "Grace");
    }

    @Test
    void a_malformed_file_names_its_line() throws IOException {
        Files.createDirectories(root.resolve(".cairn"));
        Files.writeString(root.resolve(Signoffs.PATH), "signoffs:\n  - playbook: readiness\n    item: runbook\n    by: Ada\n");
        assertThatThrownBy(() -> Signoffs.read(root)).isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).userLine()).startsWith(".cairn/signoffs.yaml:2: 'version' is missing"));
    }

    @Property(tries = 100)
    void any_name_and_note_reads_back_as_given_or_is_refused_as_not_text(@ForAll @NotBlank @StringLength(max = 40) String by,
            @ForAll @StringLength(max = 80) String note) throws IOException {
        signTwiceAndReadBack(by, note);
    }

    /** What the property once shrank to: YAML's tag indicator as the whole name and note. */
    @Test
    void a_name_and_note_that_are_yaml_indicators_read_back() throws IOException {
        signTwiceAndReadBack("!", "!");
        signTwiceAndReadBack("&a", "*a");
        signTwiceAndReadBack("- x", "? y");
        // the property's find: a note starting with NEL (U+0085), a line break to YAML, was written unreadably
        signTwiceAndReadBack("!", "\u0085!");
        signTwiceAndReadBack("Ada", "one\u2028two");
    }

    private static void signTwiceAndReadBack(String by, String note) throws IOException {
        Path project = Files.createTempDirectory("signoffs");
        try {
            Playbook playbook = playbook("1.0.0", "Why.");
            Item runbook = playbook.item("runbook").orElseThrow();
            Signoffs.sign(project, playbook, runbook, "first", "a: note # with yaml in it", NOON);
            if (!Signoffs.printable(by) || !Signoffs.printable(note)) {
                assertThatThrownBy(() -> Signoffs.sign(project, playbook, runbook, by, note, NOON))
                        .isInstanceOf(CairnException.class).hasMessageContaining("holds the control character U+");
                assertThat(Signoffs.read(project).entries()).hasSize(1);
                return;
            }
            Signoff signed = Signoffs.sign(project, playbook, runbook, by, note, NOON);

            Signoffs read = Signoffs.read(project);
            assertThat(read.entries()).hasSize(2);
            Signoff last = read.latest("readiness", "runbook").orElseThrow();
            assertThat(last.by()).isEqualTo(by.strip());
            assertThat(last.note()).isEqualTo(signed.note());
            assertThat(read.entries().get(0).note()).isEqualTo("a: note # with yaml in it");
        } catch (CairnException e) {
            // a name of only whitespace Java's strip() knows but jqwik's @NotBlank does not
            assertThat(by.strip()).as(e.getMessage()).isEmpty();
        } finally {
            try (var files = Files.walk(project)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
