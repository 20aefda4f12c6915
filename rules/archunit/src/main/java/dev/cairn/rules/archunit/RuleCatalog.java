package dev.cairn.rules.archunit;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.ViolationStore;

/** Builds every Cairn rule for one project: the built-in sets, then the project's own dependency rules. */
final class RuleCatalog {
    /** Annotations that make a class a web endpoint (Spring MVC/WebFlux, JAX-RS old and new, Micronaut). */
    static final List<String> WEB_ENDPOINT_ANNOTATIONS = List.of(
            "org.springframework.stereotype.Controller", "jakarta.ws.rs.Path", "javax.ws.rs.Path",
            "io.micronaut.http.annotation.Controller");

    private final CairnConfig config;
    private final ProjectLayout layout;
    private final ViolationStore legacyStore;
    private final List<CairnRule> rules = new ArrayList<>();

    private RuleCatalog(CairnConfig config, ProjectLayout layout, ViolationStore legacyStore) {
        this.config = config;
        this.layout = layout;
        this.legacyStore = legacyStore;
    }

    static List<CairnRule> rules(CairnConfig config, ProjectLayout layout, ViolationStore legacyStore) {
        RuleCatalog catalog = new RuleCatalog(config, layout, legacyStore);
        catalog.layers();
        catalog.frameworks();
        catalog.migration();
        catalog.coding();
        catalog.naming();
        catalog.project();
        return List.copyOf(catalog.rules);
    }

    private void layers() {
        String[] domain = array(layout.domain());
        DescribedPredicate<JavaClass> projectOutsideDomain = resideInAPackage(layout.project()).and(not(resideInAnyPackage(domain)))
                .as("classes of the project outside the domain");
        add(RuleIds.LAYERS_DOMAIN_INDEPENDENT,
                noClasses().that().resideInAnyPackage(domain)
                        .should().dependOnClassesThat(projectOutsideDomain.or(resideInAnyPackage(array(config.frameworks()))
                                .as("framework classes"))),
                "the domain holds the business rules and must be testable and reusable without the rest of the application or a container",
                "move the dependency out of the domain: define what the domain needs as a domain type or a port in the application layer");

        // Each constraint names what a layer may use, so every illegal dependency is reported once; the domain's own
        // dependencies are the business of cairn.layers.domain-independent.
        add(RuleIds.LAYERS_HEXAGONAL,
                layeredArchitecture().consideringOnlyDependenciesInLayers()
                        .withOptionalLayers(true)
                        .layer("Domain").definedBy(domain)
                        .layer("Application").definedBy(array(layout.application()))
                        .layer("Adapters").definedBy(array(layout.adapters()))
                        .layer("Config").definedBy(array(layout.config()))
                        .whereLayer("Application").mayOnlyAccessLayers("Domain")
                        .whereLayer("Adapters").mayOnlyAccessLayers("Application", "Domain")
                        .ignoreDependency(resideInAnyPackage(domain), alwaysTrue()),
                "application code uses only the domain, adapters use application and domain, and only config wires adapters, so that adapters can be replaced",
                "depend on a port (an interface in the application layer) instead, and let config wire the adapter to it");

        List<ArchRule> adapterSlices = layout.adapters().stream()
                .filter(pattern -> pattern.endsWith(".."))
                .map(pattern -> (ArchRule) slices().matching(pattern.substring(0, pattern.length() - 2) + ".(*)..")
                        .namingSlices("adapter '$1'").should().notDependOnEachOther())
                .toList();
        if (!adapterSlices.isEmpty()) {
            add(RuleIds.LAYERS_ADAPTERS_INDEPENDENT, CompositeArchRule.of(adapterSlices),
                    "each adapter (web, persistence, messaging...) can change or go away without touching the others",
                    "go through the application layer: call a use case or a port instead of another adapter's classes");
        }

        String[] internal = array(layout.internal());
        add(RuleIds.LAYERS_INTERNAL_NOT_EXPOSED,
                classes().that().resideInAPackage(layout.project()).and().resideOutsideOfPackages(internal)
                        .and(PublicSignatures.VISIBLE_OUTSIDE_THEIR_PACKAGE)
                        .should(PublicSignatures.nameNoTypeIn(layout.internal())),
                "internal packages hold the implementation, free to change in any release; a type of theirs in a public "
                        + "signature outside them becomes API that callers compile against",
                "declare the signature with a type outside internal (an interface or value type of the API) and keep the "
                        + "internal class behind it; creating it inside a method body is fine");
    }

    private void frameworks() {
        List<String> exempt = new ArrayList<>(layout.frameworkHomes());
        if (config.severityOf(RuleIds.LAYERS_DOMAIN_INDEPENDENT, Severity.ERROR) != Severity.OFF) {
            exempt.addAll(layout.domain()); // already reported, once, by cairn.layers.domain-independent
        }
        add(RuleIds.FRAMEWORKS_ISOLATED,
                noClasses().that().resideInAPackage(layout.project()).and().resideOutsideOfPackages(array(exempt))
                        .should().dependOnClassesThat().resideInAnyPackage(array(config.frameworks())),
                "frameworks change and get replaced; code outside adapters and config should outlive them and be testable without them",
                "move the framework-specific code into an adapter or config class, behind a port");
    }

    private void migration() {
        if (config.legacyPackages().isEmpty()) {
            return;
        }
        String[] legacy = array(config.legacyPackages());
        String because = "legacy code is being retired; existing uses are frozen in .cairn/archunit-store/, new ones would grow it";
        // A fixed description: FreezingArchRule keys the store by it, so it must not change with the package list.
        ArchRule rule = noClasses().that().resideInAPackage(layout.project()).and().resideOutsideOfPackages(legacy)
                .should().dependOnClassesThat().resideInAnyPackage(legacy)
                .as(RuleIds.MIGRATION_NO_NEW_LEGACY + ": no classes should depend on legacy packages")
                .allowEmptyShould(true);
        add(RuleIds.MIGRATION_NO_NEW_LEGACY, FreezingArchRule.freeze(rule).persistIn(legacyStore), because,
                "use the replacement API; if this use is old and only moved, refreeze as the README says (the migration store)");
    }

    private void coding() {
        String project = layout.project();
        add(RuleIds.CODING_NO_STANDARD_STREAMS,
                noClasses().that().resideInAPackage(project).should(GeneralCodingRules.ACCESS_STANDARD_STREAMS),
                "System.out, System.err and printStackTrace() bypass logging: no levels, no structure, lost in production",
                "log through the project's logger (SLF4J) instead");
        add(RuleIds.CODING_NO_JAVA_UTIL_LOGGING,
                noClasses().that().resideInAPackage(project).should().dependOnClassesThat().resideInAPackage("java.util.logging.."),
                "one logging API keeps configuration and output in one place; java.util.logging is not it",
                "use SLF4J (org.slf4j.Logger) instead");
        add(RuleIds.CODING_NO_GENERIC_EXCEPTIONS,
                noClasses().that().resideInAPackage(project).should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS),
                "Throwable, Exception and RuntimeException say nothing about what went wrong, so callers cannot handle them",
                "throw a specific exception (IllegalArgumentException, IllegalStateException or your own type)");
        add(RuleIds.CODING_NO_FIELD_INJECTION,
                noFields().that().areDeclaredInClassesThat().resideInAPackage(project)
                        .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION),
                "injected fields hide dependencies, cannot be final and need a container or reflection in tests",
                "inject through the constructor and make the field final");
        add(RuleIds.CODING_NO_JODA_TIME,
                noClasses().that().resideInAPackage(project).should(GeneralCodingRules.USE_JODATIME),
                "java.time replaced Joda-Time in Java 8; its authors ask users to migrate",
                "use java.time (Instant, LocalDate, ZonedDateTime, Duration...)");
        String slices = layout.basePackage().isEmpty() ? "(*).." : layout.basePackage() + ".(*)..";
        add(RuleIds.CODING_NO_CYCLES,
                slices().matching(slices).should().beFreeOfCycles(),
                "packages in a cycle can only be understood, tested and changed together",
                "break the cycle: move the shared type to one side or invert a dependency with an interface");
    }

    private void naming() {
        CairnConfig.Naming naming = config.naming();
        String[] ports = naming.portPackages().stream().map(name -> ".." + name + "..").toArray(String[]::new);
        add(RuleIds.NAMING_PORTS_ARE_INTERFACES,
                classes().that().resideInAnyPackage(array(layout.application())).and().resideInAnyPackage(ports)
                        .and().areTopLevelClasses()
                        .should().beInterfaces(),
                "a port is the contract an adapter implements; an interface keeps the application free of its implementations",
                "make the port an interface and move the implementation into an adapter");
        DescribedPredicate<CanBeAnnotated> endpoint = WEB_ENDPOINT_ANNOTATIONS.stream()
                .map(annotation -> metaAnnotatedWith(annotation))
                .reduce((left, right) -> left.or(right)).orElseThrow()
                .as("web endpoints (@Controller, @RestController, @Path)");
        add(RuleIds.NAMING_WEB_ADAPTERS,
                classes().that(endpoint).should(anyEnding(naming.webAdapterSuffixes())),
                "a name ending like " + String.join("/", naming.webAdapterSuffixes()) + " tells readers at once where requests come in",
                "rename the class to end in " + String.join(", ", naming.webAdapterSuffixes()));
        add(RuleIds.NAMING_NO_DTOS_IN_DOMAIN,
                noClasses().that().resideInAnyPackage(array(layout.domain())).should(anyEnding(naming.dtoSuffixes())),
                "transfer objects belong to the edges; the domain speaks its own language",
                "move the class into an adapter or the application layer, or give it a domain name");
    }

    private void project() {
        for (CairnConfig.DependencyRule declared : config.dependencyRules()) {
            rules.add(new CairnRule(declared.id(), declared.because(), config.severityOf(declared.id(), declared.severity()),
                    noClasses().that().resideInAPackage(declared.from())
                            .should().dependOnClassesThat().resideInAnyPackage(array(declared.to()))
                            .because(declared.because()).allowEmptyShould(true),
                    "remove the dependency, or change the rule in cairn.yaml if the design changed"));
        }
    }

    private static ArchCondition<JavaClass> anyEnding(List<String> suffixes) {
        return have(DescribedPredicate.<JavaClass>describe("simple name ending with " + String.join(" or ", suffixes),
                javaClass -> suffixes.stream().anyMatch(javaClass.getSimpleName()::endsWith)));
    }

    private void add(String id, ArchRule rule, String because, String hint) {
        Severity severity = config.severityOf(id, RuleIds.defaultSeverity(id));
        rules.add(new CairnRule(id, because, severity, rule.because(because).allowEmptyShould(true), hint));
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
