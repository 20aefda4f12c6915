package dev.cairn.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * A 3-way text merge, line by line, with JGit's merge algorithm and git's conflict markers
 * ({@code <<<<<<< ours}, {@code =======}, {@code >>>>>>> theirs}, seven characters each, no base
 * section), as {@code git merge-file -L ours -L base -L theirs} writes them.
 */
public final class ThreeWayMerge {

    /**
     * Marks a last line without a line break, so that it differs from the same text with one: git compares
     * lines with their line breaks, JGit without, and so they would merge an edit of a file's final line
     * break differently. A private-use character (used only when no side holds it) and a line break.
     */
    private static final byte[] NO_NEWLINE = "\uE000".getBytes(StandardCharsets.UTF_8);

    /**
     * @param content the merged text, with conflict markers where the sides disagree; never {@code null}
     * @param conflicts the number of conflict blocks
     */
    public record Result(byte[] content, int conflicts) {

        public boolean hasConflicts() {
            return conflicts > 0;
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private ThreeWayMerge() {}

    /**
     * @param base the common ancestor, never {@code null} (empty for a file both sides added)
     * @param ours the project's version, never {@code null}
     * @param theirs the template's new version, never {@code null}
     * @param oursLabel what the {@code <<<<<<<} marker names, e.g. {@code project}
     * @param theirsLabel what the {@code >>>>>>>} marker names, e.g. {@code service 1.1.0}
     */
    public static Result merge(byte[] base, byte[] ours, byte[] theirs, String oursLabel, String theirsLabel) {
        // a side the other did not change: JGit's algorithm reports a conflict when ours and base are both
        // empty and theirs is not, which git (and reason) merge to theirs
        if (Arrays.equals(ours, base) || Arrays.equals(ours, theirs)) {
            return new Result(Arrays.equals(ours, base) ? theirs : ours, 0);
        }
        if (Arrays.equals(theirs, base)) {
            return new Result(ours, 0);
        }
        boolean marked = !contains(base, NO_NEWLINE) && !contains(ours, NO_NEWLINE) && !contains(theirs, NO_NEWLINE);
        MergeResult<RawText> result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT,
                new RawText(marked ? markLastLine(base) : base), new RawText(marked ? markLastLine(ours) : ours),
                new RawText(marked ? markLastLine(theirs) : theirs));
        int conflicts = 0;
        for (MergeChunk chunk : result) {
            if (chunk.getConflictState() == MergeChunk.ConflictState.FIRST_CONFLICTING_RANGE) {
                conflicts++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(ours.length, theirs.length) + 64);
        try {
            new MergeFormatter().formatMerge(out, result, List.of("base", oursLabel, theirsLabel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return new Result(marked ? unmarkLastLines(out.toByteArray()) : out.toByteArray(), conflicts);
    }

    /** The text with its last line marked when it has no line break. */
    private static byte[] markLastLine(byte[] text) {
        if (text.length == 0 || text[text.length - 1] == '\n') {
            return text;
        }
        byte[] marked = Arrays.copyOf(text, text.length + NO_NEWLINE.length + 1);
        System.arraycopy(NO_NEWLINE, 0, marked, text.length, NO_NEWLINE.length);
        marked[marked.length - 1] = '\n';
        return marked;
    }

    /**
     * Takes the marks out again: at the end of the result the file ends without a line break, as that side's
     * did; inside (a conflict block, before its next marker line) the line keeps a break, as git writes it.
     */
    private static byte[] unmarkLastLines(byte[] merged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(merged.length);
        int i = 0;
        while (i < merged.length) {
            if (startsWith(merged, i, NO_NEWLINE) && i + NO_NEWLINE.length < merged.length
                    && merged[i + NO_NEWLINE.length] == '\n') {
                boolean atEnd = i + NO_NEWLINE.length + 1 == merged.length;
                if (!atEnd) {
                    out.write('\n');
                }
                i += NO_NEWLINE.length + 1;
            } else {
                out.write(merged[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] text, byte[] part) {
        for (int i = 0; i + part.length <= text.length; i++) {
            if (startsWith(text, i, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] text, int at, byte[] part) {
        if (at + part.length > text.length) {
            return false;
        }
        for (int j = 0; j < part.length; j++) {
            if (text[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }

    /** The merge of texts, for tests and examples. */
    public static Result merge(String base, String ours, String theirs) {
        return merge(base.getBytes(StandardCharsets.UTF_8), ours.getBytes(StandardCharsets.UTF_8),
                theirs.getBytes(StandardCharsets.UTF_8), "ours", "theirs");
    }

    /** Whether a file is binary as git decides it (a NUL byte near the start), so never text-merged. */
    public static boolean isBinary(byte[] content) {
        return RawText.isBinary(content);
    }
}
