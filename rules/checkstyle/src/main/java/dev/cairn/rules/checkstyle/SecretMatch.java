package dev.cairn.rules.checkstyle;

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
}
