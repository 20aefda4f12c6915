package dev.cairn.rules.archunit;

import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** Imports fixture packages and evaluates rule sets on them, with this module as the project root. */
final class Fixtures {
    static final String PACKAGE = "dev.cairn.rules.archunit.fixture.";
    static final String SOURCES = "src/test/java/dev/cairn/rules/archunit/fixture/";
    /** Surefire runs in the module's folder, which holds src/test/java. */
    static final Path MODULE = Path.of("").toAbsolutePath();

    private Fixtures() {
    }

    static JavaClasses classes(String fixture) {
        return new ClassFileImporter().importPackages(PACKAGE + fixture);
    }

    static List<Violation> violations(String fixture, String ruleSet, CairnConfig config) {
        return CairnRules.evaluate(config, classes(fixture), MODULE, true, rule -> RuleIds.ruleSet(rule.id()).equals(ruleSet));
    }

    /** @return {@code rule id @ path:line}, the part of a violation the tests pin down */
    static String where(Violation violation) {
        return violation.ruleId() + " @ " + violation.sourcePath() + ":" + violation.line();
    }
}
