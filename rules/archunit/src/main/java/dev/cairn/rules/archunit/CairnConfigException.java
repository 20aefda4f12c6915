package dev.cairn.rules.archunit;

/** TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge). */
public final class CairnConfigException extends RuntimeException {

    private final String file;
    private final int line;
    private final String hint;

    public CairnConfigException(String file, int line, String message, String hint) {
        super(message);
        this.file = file;
        this.line = line;
        this.hint = hint;
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
}
