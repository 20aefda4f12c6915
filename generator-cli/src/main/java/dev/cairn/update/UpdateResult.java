package dev.cairn.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an update did, or in a dry run would do: per file, per parameter, per migration step.
 *
 * @param templateId the template's id
 * @param source the template's source as the answers file records it
 * @param fromVersion the version the project followed, or {@code null}
 * @param toVersion the version it follows now (or would), or {@code null}
 * @param files one outcome per file the update changes or reports, in path order
 * @param parameters parameters the new version adds or drops
 * @param overlays overlays that now apply or no longer exist
 * @param migrations the migration steps that changed the project, described
 * @param dryRun whether this was a dry run, which writes nothing
 * @param written whether files were written (not for a dry run, nor when there was nothing to write)
 */
public record UpdateResult(String templateId, String source, String fromVersion, String toVersion, List<FileOutcome> files,
        List<Change> parameters, List<Change> overlays, List<String> migrations, boolean dryRun, boolean written) {

    /**
     * A parameter or overlay the new version adds or removes.
     *
     * @param name its name
     * @param value a parameter's value now (or the removed one's last), else {@code null}
     * @param how {@code added (default)}, {@code added (asked)}, {@code added (given)}, {@code applies},
     *     {@code removed}
     */
    public record Change(String name, String value, String how) {}

    /** The files that need the team: conflicts and drift. */
    public List<FileOutcome> attention() {
        List<FileOutcome> attention = new ArrayList<>();
        for (FileOutcome f : files) {
            if (f.action().needsAttention()) {
                attention.add(f);
            }
        }
        return attention;
    }

    public boolean needsAttention() {
        return !attention().isEmpty();
    }

    /** What a person reads. */
    public String text() {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        String versions = (fromVersion == null ? "?" : fromVersion) + " -> " + (toVersion == null ? "?" : toVersion);
        if (nothingToDo()) {
            s.append(templateId).append(' ').append(versions).append(": nothing to update");
            s.append(files.isEmpty() ? "" : " (" + counts() + ")").append(nl);
            return s.toString();
        }
        s.append(dryRun ? "Would update (dry run: nothing written) " : "Updated ").append(templateId).append(' ')
                .append(versions).append(nl);
        int width = 0;
        for (FileOutcome f : files) {
            width = Math.max(width, f.action().label().length());
        }
        for (String m : migrations) {
            s.append("  migration  ").append(m).append(nl);
        }
        for (Change p : parameters) {
            s.append("  parameter  ").append(p.name()).append(p.value() != null ? " = " + p.value() : "").append(" (")
                    .append(p.how()).append(')').append(nl);
        }
        for (Change o : overlays) {
            s.append("  overlay    ").append(o.name()).append(" (").append(o.how()).append(')').append(nl);
        }
        for (FileOutcome f : files) {
            s.append("  ").append(pad(f.action().label(), width)).append("  ");
            s.append(f.from() != null ? f.from() + " -> " + f.path() : f.path());
            if (f.detail() != null && !f.action().needsAttention()) {
                s.append(" (").append(f.detail()).append(')');
            }
            s.append(nl);
        }
        s.append(counts()).append(nl);
        List<FileOutcome> attention = attention();
        if (!attention.isEmpty()) {
            s.append(nl).append(attention.size()).append(attention.size() == 1 ? " file needs you:" : " files need you:")
                    .append(nl);
            for (FileOutcome f : attention) {
                s.append("  ").append(f.path()).append(": ").append(f.detail()).append(nl);
            }
        }
        return s.toString();
    }

    /** Whether the update changes nothing: the same version, and at most the team's own edits and deletions to report. */
    public boolean nothingToDo() {
        for (FileOutcome f : files) {
            if (f.action() != FileOutcome.Action.KEPT && f.action() != FileOutcome.Action.KEPT_DELETED) {
                return false;
            }
        }
        return java.util.Objects.equals(fromVersion, toVersion) && parameters.isEmpty() && overlays.isEmpty()
                && migrations.isEmpty();
    }

    /** {@code 3 updated, 1 merged, 1 conflict}: the counts of each action, in the actions' order. */
    public String counts() {
        Map<FileOutcome.Action, Integer> counts = new LinkedHashMap<>();
        for (FileOutcome.Action a : FileOutcome.Action.values()) {
            counts.put(a, 0);
        }
        for (FileOutcome f : files) {
            counts.merge(f.action(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((action, n) -> {
            if (n > 0) {
                parts.add(action.count(n));
            }
        });
        return parts.isEmpty() ? "no file changes" : String.join(", ", parts);
    }

    /** What a machine reads: the same as {@link #text()}, as maps and lists for a JSON writer. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("template", templateId);
        map.put("source", source);
        map.put("from", fromVersion);
        map.put("to", toVersion);
        map.put("dryRun", dryRun);
        map.put("written", written);
        List<Object> fileList = new ArrayList<>();
        for (FileOutcome f : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("action", f.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            entry.put("from", f.from());
            entry.put("detail", f.detail());
            fileList.add(entry);
        }
        map.put("files", fileList);
        map.put("parameters", changes(parameters));
        map.put("overlays", changes(overlays));
        map.put("migrations", new ArrayList<>(migrations));
        map.put("conflicts", count(FileOutcome.Action.CONFLICT));
        map.put("drift", count(FileOutcome.Action.DRIFT));
        return map;
    }

    private int count(FileOutcome.Action action) {
        int n = 0;
        for (FileOutcome f : files) {
            if (f.action() == action) {
                n++;
            }
        }
        return n;
    }

    private static List<Object> changes(List<Change> changes) {
        List<Object> list = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", c.name());
            entry.put("value", c.value());
            entry.put("how", c.how());
            list.add(entry);
        }
        return list;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
