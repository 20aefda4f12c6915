package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.generate.AnswerConditions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates playbooks on one project: each item's condition over the recorded answers, then its verification or its
 * latest sign-off.
 */
public final class PlaybookEvaluator {

    private final Project project;
    private final Signoffs signoffs;
    private final AnswerConditions conditions;

    private PlaybookEvaluator(Project project, Signoffs signoffs, AnswerConditions conditions) {
        this.project = project;
        this.signoffs = signoffs;
        this.conditions = conditions;
    }

    /**
     * @throws CairnException for a malformed {@code .cairn/answers.yaml} or {@code .cairn/signoffs.yaml}
     */
    public static PlaybookEvaluator on(Project project) throws IOException {
        return new PlaybookEvaluator(project, Signoffs.read(project.root()), AnswerConditions.over(project.answers()));
    }

    /** Every item's status, in the playbook's order. */
    public PlaybookStatus evaluate(Playbook playbook) throws IOException {
        List<PlaybookStatus.SectionStatus> sections = new ArrayList<>();
        for (Playbook.Section section : playbook.sections()) {
            List<PlaybookStatus.ItemResult> items = new ArrayList<>();
            for (Item item : section.items()) {
                items.add(evaluate(playbook, item));
            }
            sections.add(new PlaybookStatus.SectionStatus(section, items));
        }
        return new PlaybookStatus(playbook, sections);
    }

    private PlaybookStatus.ItemResult evaluate(Playbook playbook, Item item) throws IOException {
        if (!conditions.holds(item.when(), playbook.file(), item.line())) {
            return new PlaybookStatus.ItemResult(item, ItemStatus.NOT_APPLICABLE, "only when " + item.when(), null);
        }
        if (item.manual()) {
            Optional<Signoff> latest = signoffs.latest(playbook.id(), item.id());
            if (latest.isEmpty()) {
                return new PlaybookStatus.ItemResult(item, ItemStatus.AWAITING_SIGNOFF, "to be signed off by the " + item.signoff(), null);
            }
            Signoff signoff = latest.get();
            String who = "by " + signoff.by() + " on " + signoff.at().substring(0, Math.min(10, signoff.at().length()));
            if (!signoff.isCurrentFor(item)) {
                return new PlaybookStatus.ItemResult(item, ItemStatus.STALE, "signed " + who + " for version " + signoff.version()
                        + ", whose words differ: sign it again", signoff);
            }
            return new PlaybookStatus.ItemResult(item, ItemStatus.SIGNED, "signed " + who
                    + (signoff.note() == null ? "" : ": " + signoff.note()), signoff);
        }
        Verification.Verdict verdict;
        try {
            verdict = item.verification().verify(project);
        } catch (IOException e) {
            verdict = Verification.Verdict.fail("cannot read: " + e.getMessage());
        }
        return new PlaybookStatus.ItemResult(item, verdict.passed() ? ItemStatus.PASSED : ItemStatus.FAILED, verdict.detail(), null);
    }
}
