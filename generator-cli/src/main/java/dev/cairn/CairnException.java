package dev.cairn;

/**
 * The one exception a user sees: bad input (a template, an answer, a flag) explained in one line.
 *
 * <p>{@link #userLine()} reads {@code template.yaml:12: unknown type 'strng' (use string, boolean,
 * choice, integer)}. The command line maps it to exit code 2; nothing else is caught for users.
 */
public class CairnException extends RuntimeException {

    private final String file;
    private final int line;
    private final String hint;

    /**
     * @param file the file at fault as the user knows it (relative where possible), or {@code null}
     * @param line 1-based line in that file, or 0 when unknown
     * @param message what is wrong, never {@code null}
     * @param hint what to do about it, or {@code null}
     */
    public CairnException(String file, int line, String message, String hint) {
        this(file, line, message, hint, null);
    }

    public CairnException(String file, int line, String message, String hint, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.hint = hint;
    }

    /** An error with no file to name. */
    public static CairnException of(String message, String hint) {
        return new CairnException(null, 0, message, hint);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String hint() {
        return hint;
    }

    /** The whole error as one line: {@code file:line: message (hint)}. */
    public String userLine() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        out.append(getMessage());
        if (hint != null && !hint.isEmpty()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString().replace('\n', ' ');
    }
}
