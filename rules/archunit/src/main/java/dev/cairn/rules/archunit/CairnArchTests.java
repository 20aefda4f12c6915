package dev.cairn.rules.archunit;

import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The {@code @ArchTest}s behind {@link CairnRules#fromConfig()}: one per rule set, each evaluating that set's rules
 * as configured in {@code cairn.yaml}. ArchUnit's JUnit 5 engine finds and runs them; users do not call this class.
 */
public final class CairnArchTests {
    private CairnArchTests() {
    }

    /** Hexagonal layers: {@code cairn.layers.*}. */
    @ArchTest
    static void layers(JavaClasses classes) {
        check("layers", classes);
    }

    /** Framework isolation: {@code cairn.frameworks.*}. */
    @ArchTest
    static void frameworks(JavaClasses classes) {
        check("frameworks", classes);
    }

    /** Migration off legacy packages: {@code cairn.migration.*}. */
    @ArchTest
    static void migration(JavaClasses classes) {
        check("migration", classes);
    }

    /** Coding rules: {@code cairn.coding.*}. */
    @ArchTest
    static void coding(JavaClasses classes) {
        check("coding", classes);
    }

    /** Naming conventions: {@code cairn.naming.*}. */
    @ArchTest
    static void naming(JavaClasses classes) {
        check("naming", classes);
    }

    /** The project's own dependency rules from {@code cairn.yaml}: {@code cairn.project.*}. */
    @ArchTest
    static void project(JavaClasses classes) {
        check("project", classes);
    }

    private static void check(String ruleSet, JavaClasses classes) {
        Path root = CairnRules.projectRoot();
        CairnConfig config = CairnConfig.load(root);
        boolean mayCreateStore = !LegacyStore.inCi();
        List<CairnRule> rules = CairnRules.rules(config, classes, root, mayCreateStore);
        List<Violation> violations = CairnRules.evaluate(config, classes, root, mayCreateStore,
                rule -> RuleIds.ruleSet(rule.id()).equals(ruleSet));
        List<Violation> warnings = violations.stream().filter(v -> v.severity() == Severity.WARN).toList();
        List<Violation> errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
        if (!warnings.isEmpty()) {
            // warnings must be visible in the build log without failing it; the test has no other channel
            System.out.print(CairnRules.report("Cairn " + ruleSet + " warnings", warnings, rules));
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(CairnRules.report("Cairn " + ruleSet + " rules failed", errors, rules));
        }
    }
}
