package dev.cairn.check;

import dev.cairn.CairnException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code cairn check --format} writes. */
public enum ReportFormat {
    /** For people: grouped by file, coloured on a terminal. */
    TEXT,
    /** For scripts: every finding with its fingerprint. */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF,
    /** JUnit XML, for CI test-report views. */
    JUNIT,
    /** Markdown, for a pull-request comment. */
    MARKDOWN;

    /**
     * @param name as typed, any case
     * @throws CairnException naming the formats there are
     */
    public static ReportFormat parse(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw CairnException.of("unknown format '" + name + "'", "use one of " + names());
    }

    /** "text, json, sarif, junit, markdown". */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /**
     * The report in this format.
     *
     * @param colour ANSI colours, for text on a terminal only
     */
    public String render(Report report, boolean colour) {
        return switch (this) {
            case TEXT -> TextReport.render(report, colour);
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report);
            case JUNIT -> JunitReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
        };
    }
}
