package dev.cairn.playbook;

import dev.cairn.check.Hashes;

/**
 * One thing to do, with why it matters, checked either by a {@link Verification} or by a person's sign-off.
 *
 * @param id unique in its playbook; {@code cairn playbook sign PLAYBOOK ITEM} names it
 * @param title what must be true, one line
 * @param why what goes wrong without it
 * @param level required items gate {@code status --require}; recommended ones are reported only
 * @param verification the automatic check, or {@code null} for a manual item
 * @param signoff for a manual item, who signs it off (a role, e.g. {@code service owner}); {@code null} otherwise
 * @param when a condition over the project's template answers, or {@code null}: the item applies only when it holds
 * @param line where the item starts in its file
 */
public record Item(String id, String title, String why, Level level, Verification verification, String signoff, String when,
        int line) {

    /** Whether a required item must pass (or be signed) for {@code --require}, or is advice. */
    public enum Level {
        REQUIRED, RECOMMENDED;

        /** {@code required} or {@code recommended}, as written in YAML and reports. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether a person signs this item off, rather than Cairn verifying it. */
    public boolean manual() {
        return verification == null;
    }

    /**
     * A fingerprint of what a person signed: the title and the why. A sign-off whose fingerprint differs from the
     * item's now was given for other words, and is stale.
     */
    public String textHash() {
        return "sha256:" + Hashes.sha256(title.strip() + "\n" + why.strip()).substring(0, 16);
    }
}
