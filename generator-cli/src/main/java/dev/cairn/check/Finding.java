package dev.cairn.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a check found.
 *
 * @param tool what found it
 * @param ruleId the rule's stable id, e.g. {@code cairn.layers.domain-independent}
 * @param severity error or warning
 * @param file relative to the checked project, '/'-separated; {@code null} when no file is known
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param message what is wrong, one line
 * @param hint what to do about it, or {@code null}
 */
public record Finding(Tool tool, String ruleId, Severity severity, String file, int line, int column, String message,
        String hint) {

    /**
     * The order every report and baseline uses, so that output never depends on threads or hash order: by file
     * (findings without one first), line, column, tool, rule, message.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::tool)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> Objects.toString(f.hint(), ""));

    public Finding {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
