package dev.cairn.check;

/** How much a {@link Finding} matters: errors fail the check (exit 1), warnings are reported only. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** The name reports use, which is also SARIF's level: {@code error} or {@code warning}. */
    public String id() {
        return id;
    }
}
