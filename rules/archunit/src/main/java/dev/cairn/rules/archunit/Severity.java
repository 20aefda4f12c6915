package dev.cairn.rules.archunit;

/** TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge). */
public enum Severity { ERROR, WARN, OFF }
