package dev.cairn.rules.archunit;

import java.util.List;

/** The stable ids of Cairn's built-in ArchUnit rules, as used in {@code cairn.yaml}, reports and baselines. */
public final class RuleIds {
    /** Domain classes use nothing else of the project and no framework. */
    public static final String LAYERS_DOMAIN_INDEPENDENT = "cairn.layers.domain-independent";
    /** Hexagonal layering: application uses domain, adapters use application and domain, only config wires adapters. */
    public static final String LAYERS_HEXAGONAL = "cairn.layers.hexagonal";
    /** One adapter never reaches into another adapter. */
    public static final String LAYERS_ADAPTERS_INDEPENDENT = "cairn.layers.adapters-independent";
    /** No public or protected signature outside the {@code internal} packages names an internal type. */
    public static final String LAYERS_INTERNAL_NOT_EXPOSED = "cairn.layers.internal-not-exposed";
    /** Framework packages are used only in adapters and config. */
    public static final String FRAMEWORKS_ISOLATED = "cairn.frameworks.isolated";
    /** No new dependencies on legacy packages; existing ones frozen in {@code .cairn/archunit-store/}. */
    public static final String MIGRATION_NO_NEW_LEGACY = "cairn.migration.no-new-legacy";
    /** No System.out, System.err or printStackTrace(). */
    public static final String CODING_NO_STANDARD_STREAMS = "cairn.coding.no-standard-streams";
    /** No java.util.logging. */
    public static final String CODING_NO_JAVA_UTIL_LOGGING = "cairn.coding.no-java-util-logging";
    /** No throwing Throwable, Exception or RuntimeException themselves. */
    public static final String CODING_NO_GENERIC_EXCEPTIONS = "cairn.coding.no-generic-exceptions";
    /** No injection into fields. */
    public static final String CODING_NO_FIELD_INJECTION = "cairn.coding.no-field-injection";
    /** No Joda-Time. */
    public static final String CODING_NO_JODA_TIME = "cairn.coding.no-joda-time";
    /** No dependency cycles between the packages directly under the base package. */
    public static final String CODING_NO_CYCLES = "cairn.coding.no-cycles";
    /** Ports (application {@code port}/{@code ports} packages) are interfaces. */
    public static final String NAMING_PORTS_ARE_INTERFACES = "cairn.naming.ports-are-interfaces";
    /** Web endpoints are named ...Controller, ...Handler or ...Resource. */
    public static final String NAMING_WEB_ADAPTERS = "cairn.naming.web-adapters";
    /** No DTO-named classes (...Dto, ...Request, ...Response) in the domain. */
    public static final String NAMING_NO_DTOS_IN_DOMAIN = "cairn.naming.no-dtos-in-domain";
    /** Prefix of the ids of project-specific dependency rules declared in {@code cairn.yaml}. */
    public static final String PROJECT_PREFIX = "cairn.project.";

    /** Every built-in id, in catalogue order. */
    public static final List<String> BUILT_IN = List.of(
            LAYERS_DOMAIN_INDEPENDENT, LAYERS_HEXAGONAL, LAYERS_ADAPTERS_INDEPENDENT, LAYERS_INTERNAL_NOT_EXPOSED,
            FRAMEWORKS_ISOLATED,
            MIGRATION_NO_NEW_LEGACY,
            CODING_NO_STANDARD_STREAMS, CODING_NO_JAVA_UTIL_LOGGING, CODING_NO_GENERIC_EXCEPTIONS,
            CODING_NO_FIELD_INJECTION, CODING_NO_JODA_TIME, CODING_NO_CYCLES,
            NAMING_PORTS_ARE_INTERFACES, NAMING_WEB_ADAPTERS, NAMING_NO_DTOS_IN_DOMAIN);

    private RuleIds() {
    }

    /**
     * @param id a rule id, e.g. {@code cairn.coding.no-cycles}
     * @return its rule set, the second segment: {@code layers}, {@code frameworks}, {@code migration}, {@code coding},
     *         {@code naming} or {@code project}
     */
    public static String ruleSet(String id) {
        String[] segments = id.split("\\.");
        return segments.length > 1 ? segments[1] : id;
    }

    /** @return the severity a built-in rule has when {@code cairn.yaml} says nothing: naming conventions warn, the rest fail */
    static Severity defaultSeverity(String id) {
        return ruleSet(id).equals("naming") ? Severity.WARN : Severity.ERROR;
    }
}
