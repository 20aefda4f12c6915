package dev.cairn.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report for scripts. Every key is always present ({@code null} where there is no value):
 *
 * <pre>{@code
 * {"cairn": "0.1.0",
 *  "summary": {"errors": 1, "warnings": 0, "failed": true, "tools": {"archunit": 1, "checkstyle": 0, "secrets": 0}},
 *  "findings": [{"tool", "rule", "severity", "file", "line", "column", "message", "hint", "fingerprint"}],
 *  "baseline": null | {"file", "size", "known", "fixed": [{"fingerprint", "tool", "rule", "file", "message"}]}}
 * }</pre>
 *
 * {@code line} and {@code column} are 0 when unknown.
 */
public final class JsonReport {

    private JsonReport() {}

    public static String render(Report report) {
        ObjectNode root = JsonText.object();
        root.put("cairn", report.cairnVersion());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("failed", report.failed());
        ObjectNode tools = summary.putObject("tools");
        for (Tool tool : Tool.values()) {
            tools.put(tool.id(), report.findings().stream().filter(f -> f.tool() == tool).count());
        }
        ArrayNode findings = root.putArray("findings");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            ObjectNode node = findings.addObject();
            node.put("tool", f.tool().id());
            node.put("rule", f.ruleId());
            node.put("severity", f.severity().id());
            node.put("file", f.file());
            node.put("line", f.line());
            node.put("column", f.column());
            node.put("message", f.message());
            node.put("hint", f.hint());
            node.put("fingerprint", report.fingerprints().get(i));
        }
        Report.BaselineSummary baseline = report.baseline();
        if (baseline == null) {
            root.putNull("baseline");
        } else {
            ObjectNode node = root.putObject("baseline");
            node.put("file", baseline.file());
            node.put("size", baseline.size());
            node.put("known", baseline.known());
            ArrayNode fixed = node.putArray("fixed");
            for (Baseline.Entry e : baseline.fixed()) {
                ObjectNode entry = fixed.addObject();
                entry.put("fingerprint", e.fingerprint());
                entry.put("tool", e.tool());
                entry.put("rule", e.rule());
                entry.put("file", e.file());
                entry.put("message", e.message());
            }
        }
        return JsonText.write(root);
    }
}
