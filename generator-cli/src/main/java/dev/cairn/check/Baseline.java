package dev.cairn.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cairn.CairnException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Known findings, frozen so that a brownfield project fails only on new ones. One format for all three tools:
 * JSON, one entry per finding, sorted by file, tool, rule and fingerprint so that tightening it is a readable
 * diff.
 *
 * <pre>{@code
 * {
 *   "cairnBaseline": 1,
 *   "findings": [
 *     {
 *       "fingerprint": "3f1c...",
 *       "tool": "checkstyle",
 *       "rule": "cairn.imports.unused",
 *       "file": "src/main/java/com/acme/App.java",
 *       "message": "Unused import - java.util.List."
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Only the fingerprint counts when comparing; tool, rule, file and message are there for the reader.
 *
 * @param entries sorted, fingerprints unique
 */
public record Baseline(List<Entry> entries) {

    /** The format's version, written into every baseline. */
    public static final int FORMAT = 1;

    /** One known finding. {@code file} may be {@code null}. */
    public record Entry(String fingerprint, String tool, String rule, String file, String message) {}

    private static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Entry::tool)
            .thenComparing(Entry::rule)
            .thenComparing(Entry::fingerprint);

    public Baseline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** An empty baseline: every finding is new. */
    public static Baseline empty() {
        return new Baseline(List.of());
    }

    /**
     * Today's findings as a baseline.
     *
     * @param fingerprints from {@link Fingerprints#of}, in the order of {@code findings}
     */
    public static Baseline of(List<Finding> findings, List<String> fingerprints) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            entries.add(new Entry(fingerprints.get(i), f.tool().id(), f.ruleId(), f.file(), f.message()));
        }
        return new Baseline(entries);
    }

    /** Which of today's findings are new, and which known ones are gone. */
    public record Comparison(List<Integer> newFindings, List<Entry> fixed, int known) {}

    /**
     * @param fingerprints in the order of the findings they belong to
     * @return the indexes (into {@code fingerprints}) of findings not in this baseline, and this baseline's entries
     *     no finding matches any more
     */
    public Comparison compare(List<String> fingerprints) {
        Set<String> known = new HashSet<>();
        for (Entry e : entries) {
            known.add(e.fingerprint());
        }
        Set<String> today = new HashSet<>(fingerprints);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            if (!known.contains(fingerprints.get(i))) {
                fresh.add(i);
            }
        }
        List<Entry> fixed = entries.stream().filter(e -> !today.contains(e.fingerprint())).toList();
        return new Comparison(fresh, fixed, fingerprints.size() - fresh.size());
    }

    /** The file's text, ending in a newline. */
    public String toJson() {
        ObjectNode root = JsonText.object();
        root.put("cairnBaseline", FORMAT);
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode node = list.addObject();
            node.put("fingerprint", e.fingerprint());
            node.put("tool", e.tool());
            node.put("rule", e.rule());
            node.put("file", e.file());
            node.put("message", e.message());
        }
        return JsonText.write(root);
    }

    /**
     * Reads a baseline file's text.
     *
     * @param file the file's name as the user gave it, for errors
     * @throws CairnException if the text is not a Cairn baseline; names the file and, for broken JSON, the line
     */
    public static Baseline parse(String json, String file) {
        JsonNode root;
        try {
            root = JsonText.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CairnException(file, line, "not a JSON file: " + e.getOriginalMessage(),
                    "fix it, or write it anew with --write-baseline " + file, e);
        }
        String hint = "write it anew with --write-baseline " + file;
        if (root == null || !root.isObject() || root.path("cairnBaseline").asInt(0) != FORMAT
                || !root.path("findings").isArray()) {
            throw new CairnException(file, 0, "not a Cairn baseline (format " + FORMAT + ")", hint);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : root.path("findings")) {
            String fingerprint = node.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new CairnException(file, 0, "a finding without a fingerprint", hint);
            }
            if (seen.add(fingerprint)) {
                entries.add(new Entry(fingerprint, node.path("tool").asText(""), node.path("rule").asText(""),
                        node.path("file").isTextual() ? node.path("file").asText() : null, node.path("message").asText("")));
            }
        }
        return new Baseline(entries);
    }

    /** How many findings it knows. */
    public int size() {
        return entries.size();
    }
}
