package dev.cairn.check;

/** What found a {@link Finding}: one of the two rule packs, or the secret scan. */
public enum Tool {
    /** The ArchUnit rule pack, on compiled classes. */
    ARCHUNIT("archunit"),
    /** The Checkstyle rule pack, on Java sources. */
    CHECKSTYLE("checkstyle"),
    /** The secret scan, on every text file of the project. */
    SECRETS("secrets");

    private final String id;

    Tool(String id) {
        this.id = id;
    }

    /** The name reports and baselines use: {@code archunit}, {@code checkstyle}, {@code secrets}. */
    public String id() {
        return id;
    }
}
