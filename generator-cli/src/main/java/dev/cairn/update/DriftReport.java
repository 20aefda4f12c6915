package dev.cairn.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code cairn diff} found.
 *
 * @param templateId the template's id
 * @param source its recorded source
 * @param version the version the project follows, or {@code null}
 * @param newest the newest version of the template, or {@code null} when unknown
 * @param minorsBehind {@link dev.cairn.template.TemplateVersion#minorsBehind}; {@link Integer#MAX_VALUE}
 *     for a newer major version
 * @param note why the newest version is unknown, or {@code null}
 * @param local the project's changes against the pristine render of its version
 * @param incomingVersion the version compared with ({@code --to}), or {@code null}
 * @param incoming what that version changes in the template's render
 * @param update what updating to it would do, or {@code null}
 */
public record DriftReport(String templateId, String source, String version, String newest, int minorsBehind, String note,
        List<FileDiff> local, String incomingVersion, List<FileDiff> incoming, UpdateResult update) {

    /** Whether the project is more than {@code minors} minor versions behind the newest. */
    public boolean behindMoreThan(int minors) {
        return minorsBehind > minors;
    }

    /** {@code up to date}, {@code 2 minor versions behind}, {@code a major version behind}. */
    public String behind() {
        if (newest == null) {
            return "newest version unknown";
        }
        if (minorsBehind == Integer.MAX_VALUE) {
            return "a major version behind";
        }
        if (minorsBehind == 0) {
            return version != null && !version.equals(newest) && dev.cairn.template.TemplateVersion.compare(newest, version) > 0
                    ? "a patch release behind" : "up to date";
        }
        return minorsBehind + (minorsBehind == 1 ? " minor version behind" : " minor versions behind");
    }

    /**
     * @param stat a line per file with its added and removed lines instead of the diffs
     */
    public String text(boolean stat) {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        s.append(templateId).append(' ').append(version == null ? "(no version)" : version).append(" from ").append(source);
        s.append(newest != null ? "; newest " + newest + ": " + behind() : "").append(nl);
        if (note != null) {
            s.append("  ").append(note).append(nl);
        }
        s.append(nl);
        section(s, local.isEmpty() ? "No local changes against the pristine render of " + version
                : "Local changes against the pristine render of " + version, local, stat);
        if (incomingVersion != null) {
            s.append(nl);
            section(s, incoming.isEmpty() ? "Version " + incomingVersion + " changes nothing in the render"
                    : "What version " + incomingVersion + " changes in the render", incoming, stat);
            if (update != null) {
                s.append(nl).append(update.text().replace("Would update (dry run: nothing written) ",
                        "'cairn update --to " + incomingVersion + "' would update "));
            }
        }
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<FileDiff> diffs, boolean stat) {
        String nl = System.lineSeparator();
        s.append(title).append(diffs.isEmpty() ? "." : " (" + diffs.size() + (diffs.size() == 1 ? " file):" : " files):"))
                .append(nl);
        int width = 0;
        for (FileDiff d : diffs) {
            width = Math.max(width, d.path().length());
        }
        for (FileDiff d : diffs) {
            s.append("  ").append(String.format("%-8s ", d.change())).append(d.path());
            if (d.isBinary()) {
                s.append(" ".repeat(width - d.path().length())).append(" | binary");
            } else if (!d.change().equals("mode")) {
                s.append(" ".repeat(width - d.path().length())).append(" | +").append(d.added()).append(" -").append(d.removed());
            }
            s.append(nl);
        }
        if (!stat) {
            for (FileDiff d : diffs) {
                s.append(nl).append(d.unified().replace("\n", nl));
            }
        }
    }

    /** The same for machines: maps and lists for a JSON writer. */
    public Map<String, Object> toMap(boolean stat) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("template", templateId);
        map.put("source", source);
        map.put("version", version);
        map.put("newest", newest);
        map.put("minorsBehind", minorsBehind == Integer.MAX_VALUE ? null : minorsBehind);
        map.put("majorBehind", minorsBehind == Integer.MAX_VALUE);
        map.put("note", note);
        map.put("local", diffs(local, stat));
        if (incomingVersion != null) {
            Map<String, Object> incomingMap = new LinkedHashMap<>();
            incomingMap.put("version", incomingVersion);
            incomingMap.put("files", diffs(incoming, stat));
            incomingMap.put("update", update == null ? null : update.toMap());
            map.put("incoming", incomingMap);
        } else {
            map.put("incoming", null);
        }
        return map;
    }

    private static List<Object> diffs(List<FileDiff> diffs, boolean stat) {
        List<Object> list = new ArrayList<>();
        for (FileDiff d : diffs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", d.path());
            entry.put("change", d.change());
            entry.put("binary", d.isBinary());
            entry.put("added", d.added());
            entry.put("removed", d.removed());
            if (!stat) {
                entry.put("diff", d.unified());
            }
            list.add(entry);
        }
        return list;
    }
}
