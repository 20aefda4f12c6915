package dev.cairn.rules.checkstyle;

/** TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge). */
public record SecretMatch(int line, int column, String kind, String message) {}
