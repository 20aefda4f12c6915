package dev.cairn.rules.checkstyle;

import java.util.Locale;

/**
 * One secret found in a text file by {@link SecretPatterns#scan}.
 *
 * @param line    1-based line of the secret
 * @param column  1-based column where the secret (or the literal value) starts
 * @param kind    what was found: a known format's name such as {@code "AWS access key id"}, or
 *                {@link SecretPatterns#HARDCODED_VALUE} for a secret-like key with a literal value
 * @param message one line for the user, saying what was found and what to do instead
 */
public record SecretMatch(int line, int column, String kind, String message) {

    /**
     * The stable rule id reports and baselines use: {@code cairn.secrets.hardcoded} for a secret-like key with a
     * literal value (the id HardcodedSecretCheck reports in Java code), else {@code cairn.secrets.} and the
     * format's name in lower case with dashes, such as {@code cairn.secrets.aws-access-key-id}.
     *
     * @return never {@code null}
     */
    public String ruleId() {
        return ruleIdOf(kind);
    }

    /**
     * @param kind one of {@link SecretPatterns#kinds()}
     * @return the rule id of that kind, as {@link #ruleId()} gives it
     */
    public static String ruleIdOf(String kind) {
        if (SecretPatterns.HARDCODED_VALUE.equals(kind)) {
            return "cairn.secrets.hardcoded";
        }
        return "cairn.secrets." + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
