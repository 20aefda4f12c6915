package dev.cairn.check;

import java.util.List;
import java.util.Map;

/**
 * Markdown for a pull-request comment: a verdict, a table of errors and warnings per tool, then the findings
 * per file, each linking to its line ({@code path#L12}, relative to the repository root). With more than
 * {@value #COLLAPSE_ABOVE} findings each file's list is folded into a {@code <details>} block, so that the
 * comment stays short.
 */
public final class MarkdownReport {

    static final int COLLAPSE_ABOVE = 20;

    private MarkdownReport() {}

    public static String render(Report report) {
        StringBuilder out = new StringBuilder("## Cairn check\n\n");
        out.append(report.failed() ? "**Failed:** " : "**Passed:** ").append(escape(TextReport.summary(report))).append("\n\n");
        out.append("| Tool | Errors | Warnings |\n| --- | ---: | ---: |\n");
        for (Tool tool : Tool.values()) {
            out.append("| ").append(tool.id()).append(" | ").append(report.count(tool, Severity.ERROR)).append(" | ")
                    .append(report.count(tool, Severity.WARNING)).append(" |\n");
        }
        Report.BaselineSummary baseline = report.baseline();
        if (baseline != null) {
            out.append("\nBaseline `").append(baseline.file()).append("`: ").append(TextReport.plural(baseline.size(), " finding"))
                    .append(", ").append(baseline.known()).append(" still there, ").append(baseline.fixed().size())
                    .append(" fixed").append(baseline.fixed().isEmpty() ? "." : " (run `cairn check --write-baseline "
                            + baseline.file() + "` to tighten it).").append('\n');
        }
        boolean collapse = report.findings().size() > COLLAPSE_ABOVE;
        for (Map.Entry<String, List<Finding>> file : TextReport.byFile(report.findings()).entrySet()) {
            String path = file.getValue().get(0).file() == null ? null : report.project().inRepository(file.getKey());
            out.append('\n');
            if (collapse) {
                out.append("<details><summary><code>").append(html(file.getKey())).append("</code> (")
                        .append(TextReport.plural(file.getValue().size(), " finding")).append(")</summary>\n\n");
            } else {
                out.append("### `").append(file.getKey()).append("`\n\n");
            }
            for (Finding f : file.getValue()) {
                out.append("- **").append(f.severity().id()).append("** ");
                if (path != null && f.line() > 0) {
                    out.append('[').append("line ").append(f.line()).append("](").append(SarifReport.uri(path)).append("#L")
                            .append(f.line()).append(") ");
                }
                out.append('`').append(f.ruleId()).append("` ").append(escape(f.message()));
                if (f.hint() != null && !f.hint().isBlank()) {
                    out.append(" <br>_Fix:_ ").append(escape(f.hint()));
                }
                out.append('\n');
            }
            if (collapse) {
                out.append("\n</details>\n");
            }
        }
        return out.toString();
    }

    /** Markdown and the HTML GitHub allows in it must not turn a message into markup. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : html(text).replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]|#~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
