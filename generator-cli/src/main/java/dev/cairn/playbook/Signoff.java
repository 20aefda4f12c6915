package dev.cairn.playbook;

/**
 * A person's word that a manual item holds, as {@code .cairn/signoffs.yaml} records it.
 *
 * @param playbook the playbook's id
 * @param item the item's id
 * @param version the playbook's version when signed
 * @param itemHash {@link Item#textHash()} when signed: when it differs from the item's now, the sign-off is stale
 * @param by who signed
 * @param at when, ISO-8601 in UTC ({@code 2026-11-24T19:02:11Z})
 * @param note why it holds, or {@code null}
 * @param line where the entry starts in the file; 0 for one not yet written
 */
public record Signoff(String playbook, String item, String version, String itemHash, String by, String at, String note, int line) {

    /** Whether this sign-off was given for the item's words as they are now. */
    public boolean isCurrentFor(Item current) {
        return itemHash.equals(current.textHash());
    }
}
