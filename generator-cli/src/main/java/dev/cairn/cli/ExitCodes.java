package dev.cairn.cli;

/** Cairn's exit codes, in one place. */
public final class ExitCodes {

    /** Done, nothing to report. */
    public static final int OK = 0;

    /** Findings or merge conflicts. */
    public static final int FINDINGS = 1;

    /** Bad input: a flag, a template, an answer; nothing was written. */
    public static final int BAD_INPUT = 2;

    /** A bug in Cairn. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
