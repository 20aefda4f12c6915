package dev.cairn.rules.archunit;

/**
 * A {@code cairn.yaml} that cannot be used: names the file, the line (where known), what is wrong and what to do.
 * Its message is one line meant for users, e.g. {@code cairn.yaml:12: unknown key 'layer' (use layers)}.
 */
public final class CairnConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String hint;

    /**
     * @param file the file as the user knows it, e.g. {@code cairn.yaml}; never {@code null}
     * @param line 1-based line, {@code 0} when unknown
     * @param problem what is wrong, one line without the location
     * @param hint what to do about it; never {@code null}
     */
    public CairnConfigException(String file, int line, String problem, String hint) {
        super((line > 0 ? file + ":" + line : file) + ": " + problem + " (" + hint + ")");
        this.file = file;
        this.line = line;
        this.hint = hint;
    }

    /** @return the file as the user knows it, never {@code null} */
    public String file() {
        return file;
    }

    /** @return the 1-based line of the problem, {@code 0} when unknown */
    public int line() {
        return line;
    }

    /** @return what to do about it, never {@code null} */
    public String hint() {
        return hint;
    }
}
