package dev.cairn.generate;

import dev.cairn.CairnException;

/** Thrown from inside Velocity when an untrusted template reaches for something it may not. */
final class SandboxViolation extends RuntimeException {

    private final String template;
    private final int line;
    private final String hint;

    SandboxViolation(String template, int line, String message, String hint) {
        super(message);
        this.template = template;
        this.line = line;
        this.hint = hint;
    }

    /** This violation at a known place, unless it already has one (the innermost place wins). */
    SandboxViolation at(String template, int line) {
        return this.line > 0 ? this : new SandboxViolation(template, line, getMessage(), hint);
    }

    CairnException toCairnException(String fallbackName) {
        return new CairnException(template != null ? template : fallbackName, line, getMessage(), hint, this);
    }
}
