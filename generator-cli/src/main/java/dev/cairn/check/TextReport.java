package dev.cairn.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report for people: findings grouped by file, each as {@code line:column severity rule message} with its
 * hint below, then counts, then how the findings compare with the baseline.
 */
public final class TextReport {

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private TextReport() {}

    /**
     * @param colour ANSI colours; the caller decides (a terminal, {@code NO_COLOR} unset)
     */
    public static String render(Report report, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Finding>> file : byFile(report.findings()).entrySet()) {
            out.append(paint(file.getKey(), BOLD, colour)).append('\n');
            for (Finding f : file.getValue()) {
                String severity = String.format("%-7s", f.severity().id());
                out.append("  ").append(String.format("%-7s", position(f))).append(' ')
                        .append(paint(severity, f.severity() == Severity.ERROR ? RED : YELLOW, colour)).append(' ')
                        .append(f.ruleId()).append("  ").append(f.message()).append('\n');
                if (f.hint() != null && !f.hint().isBlank()) {
                    out.append("          ").append(paint("hint: " + f.hint(), DIM, colour)).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(summary(report)).append('\n');
        if (report.baseline() != null) {
            baseline(report.baseline(), out);
        }
        return out.toString();
    }

    static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(Objects.requireNonNullElse(f.file(), "(no file)"), k -> new ArrayList<>()).add(f);
        }
        return byFile;
    }

    /** "2 errors, 1 warning (archunit 1, checkstyle 1, secrets 1)" or "No findings." */
    public static String summary(Report report) {
        if (report.findings().isEmpty()) {
            return report.baseline() == null ? "No findings." : "No new findings.";
        }
        List<String> tools = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            long n = report.findings().stream().filter(f -> f.tool() == tool).count();
            if (n > 0) {
                tools.add(tool.id() + " " + n);
            }
        }
        String what = report.baseline() == null ? "" : " new";
        return plural(report.count(Severity.ERROR), what + " error") + ", " + plural(report.count(Severity.WARNING), what + " warning")
                + " (" + String.join(", ", tools) + ")";
    }

    private static void baseline(Report.BaselineSummary baseline, StringBuilder out) {
        out.append("Baseline ").append(baseline.file()).append(": ").append(plural(baseline.size(), " finding"))
                .append(", ").append(baseline.known()).append(" of them still there.\n");
        if (!baseline.fixed().isEmpty()) {
            out.append(baseline.fixed().size()).append(" fixed since the baseline:\n");
            for (Baseline.Entry e : baseline.fixed()) {
                out.append("  ").append(Objects.requireNonNullElse(e.file(), "(no file)")).append("  ")
                        .append(e.rule()).append("  ").append(e.message()).append('\n');
            }
            out.append("Run with --write-baseline ").append(baseline.file()).append(" to tighten it.\n");
        }
    }

    private static String position(Finding f) {
        if (f.line() <= 0) {
            return "-";
        }
        return f.column() > 0 ? f.line() + ":" + f.column() : String.valueOf(f.line());
    }

    public static String plural(long n, String noun) {
        return n + noun + (n == 1 ? "" : "s");
    }

    private static String paint(String text, String colour, boolean on) {
        return on ? colour + text + RESET : text;
    }
}
