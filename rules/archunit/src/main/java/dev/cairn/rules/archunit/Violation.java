package dev.cairn.rules.archunit;

/**
 * One violation of a Cairn rule, located in the project's sources.
 *
 * @param ruleId the rule's stable id
 * @param severity {@link Severity#ERROR} or {@link Severity#WARN}
 * @param className fully qualified name of the offending class
 * @param sourcePath the class's source file relative to the project root, {@code /}-separated; {@code null} if not found
 * @param line 1-based line of the offending import, call, annotation or declaration; {@code 0} if unknown
 * @param message what is wrong, one line
 * @param hint what to do about it
 */
public record Violation(String ruleId, Severity severity, String className, String sourcePath, int line, String message,
                        String hint) {

    /** @return {@code path:line: message [rule id]}, the form test failures and logs use */
    public String format() {
        String where = sourcePath != null ? sourcePath : className.replace('.', '/') + ".class";
        return where + ":" + line + ": " + message + " [" + ruleId + "]";
    }
}
