package dev.cairn.playbook;

import java.util.List;

/**
 * {@code status --format text}: per playbook a heading, per section its progress, per item its status, id and title
 * with what was found below, then the playbook's summary line.
 */
final class StatusText {

    private static final int STATUS_WIDTH = "[awaiting sign-off]".length();

    private StatusText() {}

    static String render(List<PlaybookStatus> statuses) {
        StringBuilder out = new StringBuilder();
        for (PlaybookStatus status : statuses) {
            Playbook playbook = status.playbook();
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(playbook.id()).append(' ').append(playbook.version()).append(": ").append(playbook.title())
                    .append(" (").append(playbook.origin()).append(")\n");
            for (PlaybookStatus.SectionStatus section : status.sections()) {
                PlaybookStatus.Tally tally = section.tally();
                out.append('\n').append(section.section().title()).append(": ").append(tally.applicable() == 0 ? "not applicable"
                        : tally.done() + " of " + tally.applicable() + " done").append('\n');
                for (PlaybookStatus.ItemResult result : section.items()) {
                    String label = "[" + result.status().label() + "]";
                    out.append("  ").append(label).append(" ".repeat(Math.max(1, STATUS_WIDTH + 1 - label.length())))
                            .append(result.item().id()).append(": ").append(result.item().title())
                            .append(result.item().level() == Item.Level.RECOMMENDED ? " (recommended)" : "").append('\n');
                    out.append("  ").append(" ".repeat(STATUS_WIDTH + 1)).append(StatusFormat.oneLine(result.detail())).append('\n');
                }
            }
            out.append('\n').append(StatusFormat.summary(status)).append('\n');
            for (PlaybookStatus.ItemResult unmet : status.unmet()) {
                out.append("  required, ").append(unmet.status().label()).append(": ").append(unmet.item().id());
                if (unmet.status() != ItemStatus.FAILED) {
                    out.append(" (cairn playbook sign ").append(playbook.id()).append(' ').append(unmet.item().id())
                            .append(" --by NAME)");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
