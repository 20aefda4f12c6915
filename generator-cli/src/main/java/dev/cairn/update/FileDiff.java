package dev.cairn.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * How one file differs between two trees, as {@code git diff} shows it: a unified diff (JGit's
 * histogram diff and formatter, three lines of context) and the lines added and removed.
 *
 * @param path the file's path
 * @param change {@code modified}, {@code added}, {@code deleted} or {@code mode} (the executable bit only)
 * @param before the old version, or {@code null} when added
 * @param after the new version, or {@code null} when deleted
 */
public record FileDiff(String path, String change, FileVersion before, FileVersion after) {

    /**
     * The files that differ between two trees, in path order.
     *
     * @param before the old tree
     * @param after the new tree; a path it lacks is deleted, unless {@code onlyBeforePaths}
     * @param onlyBeforePaths compare only the paths of {@code before} (a project's own files are not the template's business)
     */
    static List<FileDiff> between(Map<String, FileVersion> before, Map<String, FileVersion> after, boolean onlyBeforePaths) {
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        if (!onlyBeforePaths) {
            paths.addAll(after.keySet());
        }
        List<FileDiff> diffs = new ArrayList<>();
        for (String path : paths) {
            FileVersion a = before.get(path);
            FileVersion b = after.get(path);
            if (FileVersion.same(a, b)) {
                continue;
            }
            String change = a == null ? "added" : b == null ? "deleted" : a.sameContent(b) ? "mode" : "modified";
            diffs.add(new FileDiff(path, change, a, b));
        }
        return diffs;
    }

    public boolean isBinary() {
        return (before != null && before.isBinary()) || (after != null && after.isBinary());
    }

    /** Lines added, 0 for a binary file. */
    public int added() {
        int added = 0;
        for (Edit edit : edits()) {
            added += edit.getLengthB();
        }
        return added;
    }

    /** Lines removed, 0 for a binary file. */
    public int removed() {
        int removed = 0;
        for (Edit edit : edits()) {
            removed += edit.getLengthA();
        }
        return removed;
    }

    /** The unified diff, headers included, ending in a newline. */
    public String unified() {
        StringBuilder s = new StringBuilder();
        s.append("diff --cairn a/").append(path).append(" b/").append(path).append('\n');
        if (before == null) {
            s.append("new file").append(after.executable() ? " mode 100755" : " mode 100644").append('\n');
        } else if (after == null) {
            s.append("deleted file").append(before.executable() ? " mode 100755" : " mode 100644").append('\n');
        } else if (before.executable() != after.executable()) {
            s.append("old mode ").append(before.executable() ? "100755" : "100644").append('\n');
            s.append("new mode ").append(after.executable() ? "100755" : "100644").append('\n');
        }
        if (change.equals("mode")) {
            return s.toString();
        }
        if (isBinary()) {
            return s.append("Binary files ").append(before == null ? "/dev/null" : "a/" + path).append(" and ")
                    .append(after == null ? "/dev/null" : "b/" + path).append(" differ\n").toString();
        }
        s.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        s.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
        ByteArrayOutputStream hunks = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(hunks)) {
            formatter.format(edits(), text(before), text(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return s.append(hunks.toString(StandardCharsets.UTF_8)).toString();
    }

    private EditList edits() {
        if (isBinary()) {
            return new EditList();
        }
        return DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, text(before), text(after));
    }

    private static RawText text(FileVersion file) {
        return file == null ? RawText.EMPTY_TEXT : new RawText(file.content());
    }
}
