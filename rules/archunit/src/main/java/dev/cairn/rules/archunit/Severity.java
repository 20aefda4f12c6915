package dev.cairn.rules.archunit;

import java.util.Locale;
import java.util.Optional;

/** How a rule's violations count: {@code ERROR} fails the build, {@code WARN} is reported only, {@code OFF} is not evaluated. */
public enum Severity {
    ERROR, WARN, OFF;

    /**
     * Reads a severity as written in {@code cairn.yaml}.
     *
     * @param text {@code error}, {@code warn} or {@code off} in any case; may be {@code null}
     * @return the severity, empty when the text names none
     */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warn", "warning" -> Optional.of(WARN);
            case "off" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }

    /** @return the spelling used in {@code cairn.yaml} and in reports: {@code error}, {@code warn}, {@code off} */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
