package dev.cairn.playbook;

import java.util.List;

/**
 * A playbook evaluated on a project: every item's status, per section.
 *
 * @param playbook what was evaluated
 * @param sections the sections in the playbook's order
 */
public record PlaybookStatus(Playbook playbook, List<SectionStatus> sections) {

    public PlaybookStatus {
        sections = List.copyOf(sections);
    }

    /** Every item's result, in the playbook's order. */
    public List<ItemResult> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The whole playbook's counts. */
    public Tally tally() {
        return Tally.of(items());
    }

    /** Required items failed, not signed, or signed for other words: what {@code --require} fails on. */
    public List<ItemResult> unmet() {
        return items().stream().filter(ItemResult::unmet).toList();
    }

    /**
     * One section's results.
     *
     * @param section the section
     * @param items its items' results, in order
     */
    public record SectionStatus(Playbook.Section section, List<ItemResult> items) {
        public SectionStatus {
            items = List.copyOf(items);
        }

        public Tally tally() {
            return Tally.of(items);
        }
    }

    /**
     * One item's status.
     *
     * @param item the item
     * @param status where it stands
     * @param detail what the verification found, or about the sign-off; one line
     * @param signoff the sign-off that counts for a manual item, or {@code null}
     */
    public record ItemResult(Item item, ItemStatus status, String detail, Signoff signoff) {

        /** A required item that is not done (not applicable ones are never unmet). */
        public boolean unmet() {
            return item.level() == Item.Level.REQUIRED && !status.done() && status != ItemStatus.NOT_APPLICABLE;
        }
    }

    /**
     * How many items stand where; progress counts the applicable ones.
     *
     * @param total every item
     * @param counts per status, in {@link ItemStatus} order
     */
    public record Tally(int total, int[] counts) {

        static Tally of(List<ItemResult> items) {
            int[] counts = new int[ItemStatus.values().length];
            items.forEach(result -> counts[result.status().ordinal()]++);
            return new Tally(items.size(), counts);
        }

        public int count(ItemStatus status) {
            return counts[status.ordinal()];
        }

        /** Passed and signed. */
        public int done() {
            return count(ItemStatus.PASSED) + count(ItemStatus.SIGNED);
        }

        /** Every item whose condition holds. */
        public int applicable() {
            return total - count(ItemStatus.NOT_APPLICABLE);
        }

        /** Done of applicable, in whole percent; 100 when nothing applies. */
        public int percent() {
            return applicable() == 0 ? 100 : done() * 100 / applicable();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Tally t && t.total == total && java.util.Arrays.equals(t.counts, counts);
        }

        @Override
        public int hashCode() {
            return 31 * total + java.util.Arrays.hashCode(counts);
        }

        @Override
        public String toString() {
            return done() + "/" + applicable();
        }
    }
}
