package dev.cairn.rules.archunit;

import static dev.cairn.rules.archunit.Fixtures.SOURCES;
import static dev.cairn.rules.archunit.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each built-in rule set on a miniature project with one violation per rule, and on its compliant twin. */
class RuleSetsTest {
    private static final String LAYERS = SOURCES + "layers/violating/";
    private static final String CODING = SOURCES + "coding/violating/";
    private static final String NAMING = SOURCES + "naming/violating/";
    private static final String INTERNALS = SOURCES + "internals/violating/";

    @Test
    void layers_name_each_illegal_dependency_at_its_line() {
        assertThat(violations("layers.violating", "layers", CairnConfig.defaults())).map(Fixtures::where).containsExactly(
                "cairn.layers.hexagonal @ " + LAYERS + "adapter/persistence/JpaOrders.java:8",
                "cairn.layers.adapters-independent @ " + LAYERS + "adapter/web/OrderController.java:12",
                "cairn.layers.hexagonal @ " + LAYERS + "application/PlaceOrder.java:8",
                // class-level dependencies (annotation, field type) have no line in the bytecode: the import's line
                "cairn.layers.domain-independent @ " + LAYERS + "domain/Money.java:3",
                "cairn.layers.domain-independent @ " + LAYERS + "domain/Order.java:3");
    }

    @Test
    void internal_types_in_public_signatures_are_found_at_the_declaration() {
        // not reported: method bodies (Greeters.standard() creates a PoliteGreeter), private and package-private members,
        // protected ones of a final class, classes hidden in their package, and the internal package's own signatures
        assertThat(violations("internals.violating", "layers", CairnConfig.defaults())).map(Fixtures::where).containsExactly(
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "Greetings.java:7",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "api/Formal.java:5",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "api/Formal.java:6",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "api/Formal.java:8",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "api/Greeters.java:18",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "api/Greeters.java:22",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "api/Greeters.java:26");
    }

    @Test
    void an_exposure_names_the_member_and_every_internal_type_it_shows() {
        List<String> messages = violations("internals.violating", "layers", CairnConfig.defaults()).stream()
                .map(Violation::message).toList();
        String internal = Fixtures.PACKAGE + "internals.violating.internal.";

        assertThat(messages).contains(
                "Class <" + Fixtures.PACKAGE + "internals.violating.api.Formal> exposes internal type <" + internal
                        + "Template> in its declaration",
                "Method <" + Fixtures.PACKAGE + "internals.violating.api.Greeters.check(java.lang.String)> exposes internal type <"
                        + internal + "GreetingFailure> in its signature");
    }

    @Test
    void internal_packages_are_configurable() {
        // with 'api' as the hidden package, the internal classes that implement its interface are what exposes it
        CairnConfig config = CairnConfig.parse("layers:\n  internal: " + Fixtures.PACKAGE + "internals.violating.api..\n",
                "cairn.yaml");

        assertThat(violations("internals.violating", "layers", config)).map(Fixtures::where).containsExactly(
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "Greetings.java:9",
                "cairn.layers.internal-not-exposed @ " + INTERNALS + "internal/PoliteGreeter.java:5");
    }

    @Test
    void frameworks_outside_adapters_and_config_are_found_once() {
        // Money (domain) uses jakarta.inject too, but that is cairn.layers.domain-independent's finding
        assertThat(violations("layers.violating", "frameworks", CairnConfig.defaults())).map(Fixtures::where).containsExactly(
                "cairn.frameworks.isolated @ " + LAYERS + "application/Notifier.java:3");
    }

    @Test
    void frameworks_in_the_domain_are_found_when_domain_independence_is_off() {
        CairnConfig config = CairnConfig.parse("rules:\n  cairn.layers.domain-independent: off\n", "cairn.yaml");

        assertThat(violations("layers.violating", "frameworks", config)).map(Fixtures::where).containsExactly(
                "cairn.frameworks.isolated @ " + LAYERS + "application/Notifier.java:3",
                "cairn.frameworks.isolated @ " + LAYERS + "domain/Money.java:3");
    }

    @Test
    void coding_rules_find_calls_accesses_annotations_and_cycles() {
        assertThat(violations("coding.violating", "coding", CairnConfig.defaults())).map(Fixtures::where).containsExactly(
                "cairn.coding.no-java-util-logging @ " + CODING + "a/Audit.java:3",
                "cairn.coding.no-java-util-logging @ " + CODING + "a/Audit.java:6",
                "cairn.coding.no-java-util-logging @ " + CODING + "a/Audit.java:9",
                "cairn.coding.no-joda-time @ " + CODING + "a/Dates.java:7",
                "cairn.coding.no-generic-exceptions @ " + CODING + "a/Failing.java:9",
                "cairn.coding.no-field-injection @ " + CODING + "a/Injected.java:6",
                "cairn.coding.no-cycles @ " + CODING + "a/Printer.java:7",
                "cairn.coding.no-standard-streams @ " + CODING + "a/Printer.java:7");
    }

    @Test
    void naming_conventions_point_at_the_class_declaration() {
        assertThat(violations("naming.violating", "naming", CairnConfig.defaults())).map(Fixtures::where).containsExactly(
                "cairn.naming.web-adapters @ " + NAMING + "adapter/web/OrderEndpoint.java:6",
                "cairn.naming.ports-are-interfaces @ " + NAMING + "application/port/OrderRepository.java:3",
                "cairn.naming.no-dtos-in-domain @ " + NAMING + "domain/OrderDto.java:3");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"layers.compliant, layers", "layers.compliant, frameworks", "layers.compliant, coding",
            "layers.compliant, naming", "coding.compliant, coding", "naming.compliant, naming", "internals.compliant, layers"})
    void compliant_twins_pass(String fixture, String ruleSet) {
        assertThat(violations(fixture, ruleSet, CairnConfig.defaults())).isEmpty();
    }

    @Test
    void a_violation_reads_as_one_line_with_severity_class_and_hint() {
        Violation cycle = violations("coding.violating", "coding", CairnConfig.defaults()).stream()
                .filter(violation -> violation.ruleId().equals(RuleIds.CODING_NO_CYCLES)).findFirst().orElseThrow();

        assertThat(cycle.message()).isEqualTo("Cycle detected: Slice a -> Slice b -> Slice a");
        assertThat(cycle.severity()).isEqualTo(Severity.ERROR);
        assertThat(cycle.className()).isEqualTo(Fixtures.PACKAGE + "coding.violating.a.Printer");
        assertThat(cycle.hint()).isNotBlank();
        assertThat(cycle.format()).isEqualTo(CODING + "a/Printer.java:7: Cycle detected: Slice a -> Slice b -> Slice a [cairn.coding.no-cycles]");
    }

    @Test
    void severities_come_from_cairn_yaml_and_off_rules_are_not_evaluated() {
        CairnConfig config = CairnConfig.parse("""
                rules:
                  cairn.naming.*: error
                  cairn.naming.web-adapters: off
                  cairn.naming.no-dtos-in-domain: warn
                """, "cairn.yaml");

        assertThat(violations("naming.violating", "naming", config))
                .extracting(Violation::ruleId, Violation::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleIds.NAMING_PORTS_ARE_INTERFACES, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(RuleIds.NAMING_NO_DTOS_IN_DOMAIN, Severity.WARN));
    }

    @Test
    void naming_conventions_are_configurable() {
        CairnConfig config = CairnConfig.parse("""
                naming:
                  web-adapter-suffixes: [Endpoint]
                  dto-suffixes: [Payload]
                  port-packages: [ports]
                """, "cairn.yaml");

        assertThat(violations("naming.violating", "naming", config)).isEmpty();
    }

    @Test
    void every_rule_has_id_because_hint_and_default_severity() {
        List<CairnRule> rules = CairnRules.rules(CairnConfig.defaults(), Fixtures.classes("layers.violating"), Fixtures.MODULE);

        // without legacy packages there is nothing to freeze, so no migration rule
        assertThat(rules).map(CairnRule::id).containsExactlyElementsOf(
                RuleIds.BUILT_IN.stream().filter(id -> !id.equals(RuleIds.MIGRATION_NO_NEW_LEGACY)).toList());
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.because()).isNotBlank();
            assertThat(rule.hint()).isNotBlank();
            assertThat(rule.severity()).isEqualTo(rule.id().startsWith("cairn.naming.") ? Severity.WARN : Severity.ERROR);
        });
    }

    @Test
    void base_package_is_the_longest_common_package() {
        assertThat(ProjectLayout.commonPackage(List.of("com.acme.orders.domain", "com.acme.orders", "com.acme.orders.adapter.web")))
                .isEqualTo("com.acme.orders");
        assertThat(ProjectLayout.commonPackage(List.of("com.acme.ordering", "com.acme.orders"))).isEqualTo("com.acme");
        assertThat(ProjectLayout.commonPackage(List.of("com.acme", "org.acme"))).isEmpty();
        assertThat(ProjectLayout.commonPackage(List.of())).isEmpty();
    }

    @Test
    void conventional_layers_sit_under_the_inferred_base_package() {
        ProjectLayout layout = ProjectLayout.of(CairnConfig.defaults(), Fixtures.classes("layers.violating"));
        String base = Fixtures.PACKAGE + "layers.violating";

        assertThat(layout.basePackage()).isEqualTo(base);
        assertThat(layout.domain()).containsExactly(base + "..domain..");
        assertThat(layout.application()).containsExactly(base + "..application..");
        assertThat(layout.adapters()).containsExactly(base + "..adapter..", base + "..adapters..", base + "..infrastructure..");
        assertThat(layout.config()).containsExactly(base + "..config..", base + "..configuration..");
        assertThat(layout.internal()).containsExactly(base + "..internal..");
    }
}
