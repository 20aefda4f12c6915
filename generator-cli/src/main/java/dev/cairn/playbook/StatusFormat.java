package dev.cairn.playbook;

import dev.cairn.CairnException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code cairn playbook status --format} writes. */
public enum StatusFormat {
    /** For people, in a terminal or a CI log. */
    TEXT,
    /** For a pull-request comment or a CI job summary: task lists per section. */
    MARKDOWN,
    /** For scripts: format in docs/playbook-format.md. */
    JSON,
    /** JUnit XML, for CI test-report views: a test case per item. */
    JUNIT;

    /**
     * @param name as typed, any case
     * @throws CairnException naming the formats there are
     */
    public static StatusFormat parse(String name) {
        for (StatusFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw CairnException.of("unknown format '" + name + "'", "use one of " + Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** The statuses of one run in this format. */
    public String render(List<PlaybookStatus> statuses) {
        return switch (this) {
            case TEXT -> StatusText.render(statuses);
            case MARKDOWN -> StatusMarkdown.render(statuses);
            case JSON -> StatusJson.render(statuses);
            case JUNIT -> StatusJunit.render(statuses);
        };
    }

    /** One line for a log: how many items are done, and whether every required item is. */
    public static String summary(PlaybookStatus status) {
        PlaybookStatus.Tally tally = status.tally();
        int unmet = status.unmet().size();
        return status.playbook().id() + ": " + tally.done() + " of " + tally.applicable() + " items done ("
                + tally.count(ItemStatus.PASSED) + " passed, " + tally.count(ItemStatus.SIGNED) + " signed), "
                + tally.count(ItemStatus.FAILED) + " failed, " + tally.count(ItemStatus.AWAITING_SIGNOFF) + " awaiting sign-off, "
                + tally.count(ItemStatus.STALE) + " stale, " + tally.count(ItemStatus.NOT_APPLICABLE) + " not applicable; "
                + (unmet == 0 ? "every required item is done." : unmet + " required item" + (unmet == 1 ? "" : "s") + " not done.");
    }

    /** Text as one line, for reports that hold one line per field. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
