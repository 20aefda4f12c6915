package dev.cairn.playbook;

/** Where an item of a playbook stands on a project. */
public enum ItemStatus {
    /** Its verification holds. */
    PASSED("passed", "passed"),
    /** Its verification does not hold. */
    FAILED("failed", "failed"),
    /** A manual item, signed off for its current words. */
    SIGNED("signed", "signed"),
    /** A manual item nobody has signed off yet. */
    AWAITING_SIGNOFF("awaiting-signoff", "awaiting sign-off"),
    /** A manual item signed off for words it no longer has: it needs signing again. */
    STALE("stale", "stale sign-off"),
    /** Its {@code when} does not hold for this project's answers. */
    NOT_APPLICABLE("not-applicable", "not applicable");

    private final String id;
    private final String label;

    ItemStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name JSON reports use: {@code passed}, {@code awaiting-signoff}, ... */
    public String id() {
        return id;
    }

    /** The words text and Markdown use: {@code passed}, {@code awaiting sign-off}, ... */
    public String label() {
        return label;
    }

    /** Passed or signed: nothing left to do. */
    public boolean done() {
        return this == PASSED || this == SIGNED;
    }
}
