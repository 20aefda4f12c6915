package dev.cairn.playbook;

import dev.cairn.check.MarkdownReport;

/**
 * A playbook as a checklist, without a project: {@code cairn playbook show} (text) and {@code cairn playbook render
 * --format markdown}, a GitHub or GitLab task list to paste into an issue or pull-request template.
 */
public final class Checklists {

    private Checklists() {}

    /** The checklist for a terminal: sections, and per item its id, level, check, condition, title and why. */
    public static String text(Playbook playbook) {
        StringBuilder out = new StringBuilder();
        out.append(playbook.id()).append(' ').append(playbook.version()).append(": ").append(playbook.title())
                .append(" (").append(playbook.origin()).append(")\n");
        if (!playbook.description().isEmpty()) {
            out.append('\n').append(StatusFormat.oneLine(playbook.description())).append('\n');
        }
        for (Playbook.Section section : playbook.sections()) {
            out.append('\n').append(section.title()).append('\n');
            for (Item item : section.items()) {
                out.append("  ").append(item.id()).append(" (").append(item.level().id()).append(", ").append(check(item))
                        .append(item.when() == null ? "" : "; only when " + item.when()).append(")\n");
                out.append("    ").append(item.title()).append('\n');
                out.append("    Why: ").append(StatusFormat.oneLine(item.why())).append('\n');
            }
        }
        return out.toString();
    }

    /** The checklist as Markdown: a heading, then per section a task list with every item unticked. */
    public static String markdown(Playbook playbook) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(MarkdownReport.escape(playbook.title())).append("\n\n");
        if (!playbook.description().isEmpty()) {
            out.append(MarkdownReport.escape(StatusFormat.oneLine(playbook.description()))).append("\n\n");
        }
        out.append("Playbook `").append(playbook.id()).append("` ").append(MarkdownReport.escape(playbook.version()))
                .append(". Cairn verifies the automatic items (`cairn playbook status ").append(playbook.id())
                .append("`); the others are signed off (`cairn playbook sign ").append(playbook.id()).append(" ITEM --by NAME`).\n");
        for (Playbook.Section section : playbook.sections()) {
            out.append("\n### ").append(MarkdownReport.escape(section.title())).append("\n\n");
            for (Item item : section.items()) {
                out.append("- [ ] **").append(MarkdownReport.escape(item.title())).append("** (").append(item.level().id())
                        .append(", `").append(item.id()).append("`; ").append(item.manual()
                                ? "sign-off: " + MarkdownReport.escape(item.signoff())
                                : "verified: `" + item.verification().describe().replace("`", "'") + "`")
                        .append(item.when() == null ? "" : "; only when `" + item.when().replace("`", "'") + "`").append(")\n");
                out.append("  ").append(MarkdownReport.escape(StatusFormat.oneLine(item.why()))).append('\n');
            }
        }
        return out.toString();
    }

    private static String check(Item item) {
        return item.manual() ? "signed off by the " + item.signoff() : item.verification().describe();
    }
}
