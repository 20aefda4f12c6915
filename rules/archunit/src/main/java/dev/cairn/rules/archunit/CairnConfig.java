package dev.cairn.rules.archunit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** TEMPORARY stand-in for the rule pack's API (the lead replaces it on merge): defaults only. */
public final class CairnConfig {

    private CairnConfig() {}

    public static CairnConfig load(Path projectRoot) {
        return new CairnConfig();
    }

    public Optional<String> checkstyleConfig() {
        return Optional.empty();
    }

    public Optional<String> checkstyleSuppressions() {
        return Optional.empty();
    }

    public List<String> secretsIgnore() {
        return List.of();
    }
}
