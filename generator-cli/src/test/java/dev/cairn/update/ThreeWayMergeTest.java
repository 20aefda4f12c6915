package dev.cairn.update;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testtools.Executables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Test;

/**
 * The merge against {@code git merge-file}, its reference: on random base texts and two random sets of
 * edits of them (ours and theirs), the same text wherever git merges cleanly, a conflict wherever git
 * reports one, and never a line that ours changed lost.
 *
 * <p>git runs as {@code git merge-file -p -L project -L base -L template OURS BASE THEIRS}: its
 * defaults (conflict style {@code merge}, markers of 7 characters, no {@code --diff3}, no
 * {@code --ours}/{@code --theirs}/{@code --union}) with the labels Cairn writes, so that even conflict
 * blocks can be compared; its exit code is the number of conflicts.
 */
class ThreeWayMergeTest {

    /** A case: a base text and the two edited versions. */
    record Case(List<String> base, List<String> ours, List<String> theirs, boolean baseEol, boolean oursEol,
            boolean theirsEol) {

        String baseText() {
            return text(base, baseEol);
        }

        String oursText() {
            return text(ours, oursEol);
        }

        String theirsText() {
            return text(theirs, theirsEol);
        }

        private static String text(List<String> lines, boolean finalNewline) {
            String joined = String.join("\n", lines);
            return lines.isEmpty() ? "" : finalNewline ? joined + "\n" : joined;
        }
    }

    /** One edit of a text: insert, delete or replace up to 3 lines at a position. */
    record EditStep(int kind, int position, List<String> lines) {

        void applyTo(List<String> text) {
            int at = text.isEmpty() ? 0 : position % (text.size() + 1);
            switch (kind) {
                case 0 -> text.addAll(at, lines);
                case 1 -> {
                    for (int i = 0; i < lines.size() && at < text.size(); i++) {
                        text.remove(at);
                    }
                }
                default -> {
                    for (int i = 0; i < lines.size() && at + i < text.size(); i++) {
                        text.set(at + i, lines.get(i));
                    }
                }
            }
        }
    }

    private static Path work;

    @BeforeContainer
    static void workFolder() throws IOException {
        work = Files.createTempDirectory("cairn-merge");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        for (String name : List.of("ours", "base", "theirs")) {
            Files.deleteIfExists(work.resolve(name));
        }
        Files.deleteIfExists(work);
    }

    /**
     * Edits of a text: lines inserted or replaced from a small pool of new lines that both sides draw
     * from (so that they collide, and sometimes make the same change), and lines deleted.
     */
    private static Arbitrary<List<String>> edited(List<String> base, Arbitrary<String> newLine) {
        Arbitrary<EditStep> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 40),
                newLine.list().ofMinSize(1).ofMaxSize(3)).as(EditStep::new);
        return step.list().ofMaxSize(4).map(steps -> {
            List<String> text = new ArrayList<>(base);
            for (EditStep s : steps) {
                s.applyTo(text);
            }
            return text;
        });
    }

    private static Arbitrary<Case> cases(Arbitrary<List<String>> bases, Arbitrary<String> newLine) {
        // one text in ten ends without a line break, which git and Cairn keep as it is
        Arbitrary<Boolean> eol = Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false));
        return bases.flatMap(base -> Combinators.combine(edited(base, newLine), edited(base, newLine), eol, eol, eol)
                .as((ours, theirs, b, o, t) -> new Case(base, ours, theirs, b, o, t)));
    }

    /**
     * Texts whose diffs have one answer: the base's lines differ from each other, the edits bring lines
     * the base does not have. Where a text repeats lines, the same edit can be described by several
     * diffs, git's xdiff and JGit pick by different heuristics, and so may disagree on what conflicts
     * (see {@link #repetitive()} and the README).
     */
    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> bases = Arbitraries.integers().between(0, 12).map(n -> {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add("base line " + i);
            }
            return lines;
        });
        return cases(bases, Arbitraries.of("new a", "new b", "new c", "new d", "new e", "new f"));
    }

    /** Texts of a few lines repeated, blank lines and braces: the diffs are ambiguous. */
    @Provide
    Arbitrary<Case> repetitive() {
        Arbitrary<String> line = Arbitraries.of("a", "b", "c", "d", "", "}", "  return x;");
        return cases(line.list().ofMaxSize(12), line);
    }

    @Property(tries = 1500)
    void agrees_with_git_merge_file(@ForAll("cases") Case c) throws Exception {
        Git git = gitMergeFile(c);

        ThreeWayMerge.Result merge = ThreeWayMerge.merge(bytes(c.baseText()), bytes(c.oursText()), bytes(c.theirsText()),
                "project", "template");

        Statistics.collect(git.conflicts() == 0 ? "git merges cleanly" : "git reports a conflict");
        Statistics.coverage(coverage -> {
            coverage.check("git merges cleanly").percentage(p -> p > 25);
            coverage.check("git reports a conflict").percentage(p -> p > 25);
        });
        if (git.conflicts() == 0) {
            assertThat(merge.hasConflicts()).as("git merged cleanly:\n%s", git.output()).isFalse();
            assertThat(merge.text()).isEqualTo(git.output());
        } else {
            assertThat(merge.hasConflicts()).as("git found %d conflicts:\n%s", git.conflicts(), git.output()).isTrue();
        }
        assertKeepsEveryLineOursChanged(c, merge);
    }

    @Property(tries = 1000)
    void keeps_every_line_ours_changed_even_in_repetitive_texts(@ForAll("repetitive") Case c) {
        assertKeepsEveryLineOursChanged(c, ThreeWayMerge.merge(bytes(c.baseText()), bytes(c.oursText()),
                bytes(c.theirsText()), "project", "template"));
    }

    /**
     * Every line ours added or changed is in the result, in ours' order: merged in, or on ours' side of a
     * conflict block (which may come between two of them, as where ours changed a line next to theirs).
     */
    private static void assertKeepsEveryLineOursChanged(Case c, ThreeWayMerge.Result merge) {
        List<String> result = lines(merge.text());
        List<String> ours = lines(c.oursText());
        List<String> changed = new ArrayList<>();
        for (Edit edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, raw(c.baseText()), raw(c.oursText()))) {
            changed.addAll(ours.subList(edit.getBeginB(), edit.getEndB()));
        }
        int at = 0;
        for (String line : changed) {
            while (at < result.size() && !result.get(at).equals(line)) {
                at++;
            }
            assertThat(at).as("ours' changed lines %s, in order, in\n%s", changed, merge.text()).isLessThan(result.size());
            at++;
        }
    }

    @Test
    void examples_in_the_style_of_jgit_merge_algorithm_test() {
        // one character per line: base abcdefghij
        assertThat(merge("abcdefghij", "abZdefghij", "abcdefghij")).isEqualTo("abZdefghij");
        assertThat(merge("abcdefghij", "abZdefghij", "abcdefYhij")).isEqualTo("abZdefYhij");
        assertThat(merge("abcdefghij", "abZdefghij", "abZdefghij")).isEqualTo("abZdefghij");
        assertThat(merge("abcdefghij", "abZdefghij", "abYdefghij")).isEqualTo("ab<Z=Y>defghij");
        assertThat(merge("abcdefghij", "abcdefghij", "abdefghij")).isEqualTo("abdefghij");
    }

    @Property
    void an_update_without_template_change_keeps_local_edits(@ForAll("repetitive") Case c) {
        assertThat(ThreeWayMerge.merge(c.baseText(), c.oursText(), c.baseText()).text()).isEqualTo(c.oursText());
    }

    @Property
    void an_update_without_local_edits_takes_the_template(@ForAll("repetitive") Case c) {
        assertThat(ThreeWayMerge.merge(c.baseText(), c.baseText(), c.theirsText()).text()).isEqualTo(c.theirsText());
    }

    /** Merges one-character-per-line texts; a conflict reads {@code <ours=theirs>}. */
    private static String merge(String base, String ours, String theirs) {
        String merged = ThreeWayMerge.merge(perLine(base), perLine(ours), perLine(theirs)).text();
        return merged.replace("<<<<<<< ours\n", "<").replace("=======\n", "=").replace(">>>>>>> theirs\n", ">")
                .replace("\n", "");
    }

    private static String perLine(String chars) {
        StringBuilder s = new StringBuilder();
        for (char ch : chars.toCharArray()) {
            s.append(ch).append('\n');
        }
        return s.toString();
    }

    private record Git(int conflicts, String output) {}

    private static Git gitMergeFile(Case c) throws IOException, InterruptedException {
        Path git = Executables.onPath("git").orElseThrow(() -> Executables.missing(System.getenv(), "git is not on the PATH"));
        Files.writeString(work.resolve("ours"), c.oursText(), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("base"), c.baseText(), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("theirs"), c.theirsText(), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(git.toString(), "merge-file", "-p", "-L", "project", "-L", "base", "-L",
                "template", "ours", "base", "theirs").directory(work.toFile()).redirectErrorStream(false).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit < 0 || exit > 127) {
            throw new AssertionError("git merge-file failed (" + exit + "): "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new Git(exit, output);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static RawText raw(String text) {
        return new RawText(bytes(text));
    }

    private static List<String> lines(String text) {
        RawText raw = raw(text);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(raw.getString(i));
        }
        return lines;
    }
}
