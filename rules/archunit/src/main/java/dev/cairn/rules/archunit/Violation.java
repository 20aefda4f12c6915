package dev.cairn.rules.archunit;

/** TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge). */
public record Violation(String ruleId, Severity severity, String className, String sourcePath, int line,
        String message, String hint) {}
