package dev.cairn.rules.archunit;

import static dev.cairn.rules.archunit.Fixtures.SOURCES;
import static dev.cairn.rules.archunit.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules declared in cairn.yaml, without Java: dependency rules and layer definitions. */
class ProjectRulesTest {
    private static final String FIXTURE = Fixtures.PACKAGE + "project.";

    private static CairnConfig config(String variant) {
        String base = FIXTURE + variant;
        return CairnConfig.parse("""
                base-package: %1$s
                layers:
                  domain: %1$s.model..
                dependency-rules:
                  - name: billing-without-shipping
                    from: %1$s.billing..
                    to: [%1$s.shipping..]
                    because: billing is sold without shipping
                    severity: warn
                """.formatted(base), "cairn.yaml");
    }

    @Test
    void a_declared_dependency_rule_finds_the_dependency() {
        String invoice = "cairn.project.billing-without-shipping @ " + SOURCES + "project/violating/billing/Invoice.java:";

        // the return type has no line in the bytecode (its import's line), the constructor call has one
        assertThat(violations("project.violating", "project", config("violating")))
                .allSatisfy(violation -> assertThat(violation.severity()).isEqualTo(Severity.WARN))
                .map(Fixtures::where).containsExactly(invoice + 3, invoice + 7);
    }

    @Test
    void declared_layers_replace_the_conventional_ones() {
        assertThat(violations("project.violating", "layers", config("violating"))).map(Fixtures::where).containsExactly(
                "cairn.layers.domain-independent @ " + SOURCES + "project/violating/model/Price.java:3");
    }

    @Test
    void the_compliant_twin_passes_both() {
        assertThat(violations("project.compliant", "project", config("compliant"))).isEmpty();
        assertThat(violations("project.compliant", "layers", config("compliant"))).isEmpty();
    }

    @Test
    void the_rules_section_overrides_a_declared_severity() {
        CairnConfig config = CairnConfig.parse("""
                dependency-rules:
                  - id: cairn.project.billing-without-shipping
                    from: %1$s.billing..
                    to: %1$s.shipping..
                    because: billing is sold without shipping
                rules:
                  cairn.project.*: off
                """.formatted(FIXTURE + "violating"), "cairn.yaml");

        assertThat(violations("project.violating", "project", config)).isEmpty();
    }
}
