package dev.cairn.playbook;

import dev.cairn.check.MarkdownReport;
import java.util.List;

/**
 * {@code status --format markdown}, for a pull-request comment or a CI job summary: per playbook a verdict, a table of
 * progress per section, then each section's items as a task list, ticked when passed or signed.
 */
final class StatusMarkdown {

    private StatusMarkdown() {}

    static String render(List<PlaybookStatus> statuses) {
        StringBuilder out = new StringBuilder();
        for (PlaybookStatus status : statuses) {
            Playbook playbook = status.playbook();
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("## Playbook: ").append(MarkdownReport.escape(playbook.title())).append(" (`").append(playbook.id())
                    .append("` ").append(MarkdownReport.escape(playbook.version())).append(")\n\n");
            int unmet = status.unmet().size();
            out.append(unmet == 0 ? "**Ready:** " : "**Not ready:** ").append(MarkdownReport.escape(StatusFormat.summary(status)))
                    .append("\n\n");
            out.append("| Section | Done | Failed | Awaiting sign-off | Stale | Not applicable |\n")
                    .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (PlaybookStatus.SectionStatus section : status.sections()) {
                PlaybookStatus.Tally t = section.tally();
                out.append("| ").append(MarkdownReport.escape(section.section().title())).append(" | ").append(t.done()).append('/')
                        .append(t.applicable()).append(" | ").append(t.count(ItemStatus.FAILED)).append(" | ")
                        .append(t.count(ItemStatus.AWAITING_SIGNOFF)).append(" | ").append(t.count(ItemStatus.STALE)).append(" | ")
                        .append(t.count(ItemStatus.NOT_APPLICABLE)).append(" |\n");
            }
            for (PlaybookStatus.SectionStatus section : status.sections()) {
                out.append("\n### ").append(MarkdownReport.escape(section.section().title())).append("\n\n");
                for (PlaybookStatus.ItemResult result : section.items()) {
                    Item item = result.item();
                    out.append(result.status().done() ? "- [x] " : "- [ ] ").append("**").append(MarkdownReport.escape(item.title()))
                            .append("** (").append(item.level().id()).append(", `").append(item.id()).append("`): ")
                            .append(result.status().label()).append(", ").append(MarkdownReport.escape(StatusFormat.oneLine(result.detail())))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
