package dev.cairn.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fingerprints of findings that survive line shifts: a finding keeps its fingerprint when lines are added or
 * removed above it, and loses it when its own line, rule, file or message changes.
 *
 * <p>A fingerprint hashes the tool, rule id, file, message (line numbers inside it removed) and the trimmed text
 * of the offending source line, never a line number. Identical findings (the same call twice in one file) are
 * told apart by their occurrence index, counted in {@link Finding#ORDER}, so that a third copy of a known
 * violation is new while the first two stay known.
 */
public final class Fingerprints {

    /** The text of one line of a project file, or "" when there is none (no file, line 0, unreadable). */
    @FunctionalInterface
    public interface SourceLines {
        /**
         * @param file relative to the project, '/'-separated, never {@code null}
         * @param line 1-based, greater than 0
         */
        String line(String file, int line);
    }

    /** ArchUnit's "(App.java:12)" and "line 12", which shift with the code around them. */
    private static final Pattern LINE_REFERENCE = Pattern.compile("(\\.java):\\d+\\)|\\b(lines?) \\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fingerprints() {}

    /**
     * @param findings in any order
     * @param source the project's lines, read only for findings with a file and a line
     * @return one fingerprint per finding, in the order of {@code findings}
     */
    public static List<String> of(List<Finding> findings, SourceLines source) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Finding.ORDER.compare(findings.get(a), findings.get(b)));
        Map<String, Integer> occurrences = new HashMap<>();
        String[] fingerprints = new String[findings.size()];
        for (int i : order) {
            Finding f = findings.get(i);
            String text = f.file() == null || f.line() <= 0 ? "" : source.line(f.file(), f.line());
            String key = String.join("\u0000", f.tool().id(), f.ruleId(), f.file() == null ? "" : f.file(),
                    normalizedMessage(f.message()), collapse(text));
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            fingerprints[i] = Hashes.sha256(key + "\u0000" + occurrence).substring(0, 32);
        }
        return List.of(fingerprints);
    }

    static String normalizedMessage(String message) {
        return collapse(LINE_REFERENCE.matcher(message).replaceAll(m -> m.group(1) != null ? "$1)" : "$2"));
    }

    private static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
