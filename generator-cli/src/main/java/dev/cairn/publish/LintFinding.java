package dev.cairn.publish;

/**
 * One thing {@code cairn template lint} found.
 *
 * @param error whether it fails the lint (else a warning)
 * @param file the file it is about, relative to the template's folder, or {@code null}
 * @param line its 1-based line, or 0
 * @param message what is wrong and what to do, one line
 */
public record LintFinding(boolean error, String file, int line, String message) {

    /** {@code file:line: message}, as the command prints it. */
    public String text() {
        String where = file == null ? "" : line > 0 ? file + ":" + line + ": " : file + ": ";
        return where + message;
    }
}
