package dev.cairn.rules.archunit;

import com.tngtech.archunit.lang.ArchRule;

/**
 * One Cairn rule, ready to evaluate.
 *
 * @param id stable id, e.g. {@code cairn.layers.domain-independent}; used in {@code cairn.yaml}, reports and baselines
 * @param because why the rule exists, one sentence
 * @param severity as resolved from {@code cairn.yaml} and the rule's default
 * @param rule the ArchUnit rule (frozen for the migration rule)
 * @param hint what to do about a violation, one sentence
 */
public record CairnRule(String id, String because, Severity severity, ArchRule rule, String hint) {
}
