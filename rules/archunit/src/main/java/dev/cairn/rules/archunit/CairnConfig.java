package dev.cairn.rules.archunit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole {@code cairn.yaml} model, immutable. Every section is optional; what is left out keeps its default
 * (see "cairn.yaml reference" in the README). Besides the ArchUnit settings it carries the {@code checkstyle}, {@code secrets},
 * {@code playbooks} and {@code playbook-sources} sections, which other parts of Cairn read.
 */
public final class CairnConfig {
    /** The file name Cairn looks for at the project root. */
    public static final String FILE_NAME = "cairn.yaml";

    /**
     * Framework packages kept out of domain and application when {@code cairn.yaml} does not replace them: Spring,
     * Jakarta EE (and its {@code javax} predecessors), Micronaut, Quarkus, Hibernate. ArchUnit package patterns.
     */
    public static final List<String> DEFAULT_FRAMEWORKS = List.of(
            "org.springframework..",
            "jakarta..",
            "javax.persistence..", "javax.ejb..", "javax.inject..", "javax.ws.rs..", "javax.enterprise..",
            "javax.servlet..", "javax.transaction..", "javax.validation..", "javax.jms..", "javax.faces..",
            "javax.batch..", "javax.json..", "javax.annotation.security..",
            "io.micronaut..",
            "io.quarkus..",
            "org.hibernate..");

    private final String fileName;
    private final Optional<String> basePackage;
    private final Layers layers;
    private final List<String> frameworks;
    private final List<String> legacyPackages;
    private final Map<String, Severity> severities;
    private final List<DependencyRule> dependencyRules;
    private final Naming naming;
    private final Checkstyle checkstyle;
    private final Secrets secrets;
    private final List<String> playbooks;
    private final List<String> playbookSources;

    CairnConfig(String fileName, Optional<String> basePackage, Layers layers, List<String> frameworks,
                List<String> legacyPackages, Map<String, Severity> severities, List<DependencyRule> dependencyRules,
                Naming naming, Checkstyle checkstyle, Secrets secrets, List<String> playbooks, List<String> playbookSources) {
        this.fileName = fileName;
        this.basePackage = basePackage;
        this.layers = layers;
        this.frameworks = List.copyOf(frameworks);
        this.legacyPackages = List.copyOf(legacyPackages);
        this.severities = Map.copyOf(severities);
        this.dependencyRules = List.copyOf(dependencyRules);
        this.naming = naming;
        this.checkstyle = checkstyle;
        this.secrets = secrets;
        this.playbooks = List.copyOf(playbooks);
        this.playbookSources = List.copyOf(playbookSources);
    }

    /**
     * Reads {@code cairn.yaml} from a project root.
     *
     * @param projectRoot the folder holding {@code cairn.yaml}; never {@code null}
     * @return the parsed file, or {@link #defaults()} when there is none
     * @throws CairnConfigException if the file does not parse or holds unknown keys, wrong types or bad values
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public static CairnConfig load(Path projectRoot) {
        Path file = projectRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses {@code cairn.yaml} text with SnakeYAML's safe loading (no tags, few aliases).
     *
     * @param yaml the file's text; blank means defaults
     * @param fileName how errors name the file, e.g. {@code cairn.yaml}
     * @return the configuration, never {@code null}
     * @throws CairnConfigException naming file and line for broken YAML, unknown keys, wrong types and bad values
     */
    public static CairnConfig parse(String yaml, String fileName) {
        return new ConfigReader(fileName).read(yaml);
    }

    /** @return the configuration of a project without {@code cairn.yaml} */
    public static CairnConfig defaults() {
        return new CairnConfig("(defaults)", Optional.empty(), Layers.CONVENTIONAL, DEFAULT_FRAMEWORKS, List.of(),
                Map.of(), List.of(), Naming.DEFAULTS, Checkstyle.DEFAULTS, Secrets.DEFAULTS, List.of(), List.of());
    }

    /** @return the file this came from, {@code (defaults)} when there was none */
    public String fileName() {
        return fileName;
    }

    /** @return the configured base package; empty means: the longest common package of the analysed classes */
    public Optional<String> basePackage() {
        return basePackage;
    }

    /** @return the layer package patterns; an empty list means the conventional packages under the base package */
    public Layers layers() {
        return layers;
    }

    /** @return the framework package patterns in effect (defaults plus additions, or the replacement list) */
    public List<String> frameworks() {
        return frameworks;
    }

    /** @return package patterns of legacy code that must gain no new users; empty turns the migration rule off */
    public List<String> legacyPackages() {
        return legacyPackages;
    }

    /** @return severities set in the {@code rules:} section, by rule id or by set ({@code cairn.naming.*}) */
    public Map<String, Severity> severities() {
        return severities;
    }

    /**
     * @param ruleId a rule id, e.g. {@code cairn.coding.no-cycles}
     * @param fallback the rule's own default
     * @return the severity set for this id, else for its set ({@code cairn.coding.*}), else {@code fallback}
     */
    public Severity severityOf(String ruleId, Severity fallback) {
        Severity exact = severities.get(ruleId);
        if (exact != null) {
            return exact;
        }
        return severities.getOrDefault("cairn." + RuleIds.ruleSet(ruleId) + ".*", fallback);
    }

    /** @return the project-specific dependency rules, in file order */
    public List<DependencyRule> dependencyRules() {
        return dependencyRules;
    }

    /** @return the naming conventions' parameters */
    public Naming naming() {
        return naming;
    }

    /** @return the {@code checkstyle} section (read by the Checkstyle pack and {@code cairn check}) */
    public Checkstyle checkstyle() {
        return checkstyle;
    }

    /** @return the {@code secrets} section (read by the secret scan) */
    public Secrets secrets() {
        return secrets;
    }

    /** @return playbook ids the project follows, in file order */
    public List<String> playbooks() {
        return playbooks;
    }

    /**
     * @return where an organisation's own playbooks are, besides the bundled ones: folders or jars, relative to the
     *         project root, in file order (a later one overrides an earlier one's playbook of the same id)
     */
    public List<String> playbookSources() {
        return playbookSources;
    }

    /**
     * Package patterns (ArchUnit syntax, e.g. {@code com.acme..domain..}) per layer: the hexagonal ones, and the
     * implementation packages a library hides. An empty list means the conventional packages under the base package.
     *
     * @param domain the business model
     * @param application use cases and ports
     * @param adapters web, persistence, messaging... ({@code infrastructure} counts as adapters)
     * @param config the wiring
     * @param internal implementation packages, whose types no public signature outside them may name
     */
    public record Layers(List<String> domain, List<String> application, List<String> adapters, List<String> config,
                         List<String> internal) {
        /** Every layer by convention. */
        public static final Layers CONVENTIONAL = new Layers(List.of(), List.of(), List.of(), List.of(), List.of());

        /** Copies the lists. */
        public Layers {
            domain = List.copyOf(domain);
            application = List.copyOf(application);
            adapters = List.copyOf(adapters);
            config = List.copyOf(config);
            internal = List.copyOf(internal);
        }
    }

    /**
     * A dependency rule declared in {@code cairn.yaml}: classes in {@code from} must not depend on classes in {@code to}.
     *
     * @param id {@code cairn.project.<name>}
     * @param from a package pattern, e.g. {@code com.acme..billing..}
     * @param to package patterns that {@code from} must not use
     * @param because why, shown with every violation
     * @param severity as declared (the {@code rules:} section may override it)
     */
    public record DependencyRule(String id, String from, List<String> to, String because, Severity severity) {
        /** Copies the list. */
        public DependencyRule {
            to = List.copyOf(to);
        }
    }

    /**
     * Parameters of the naming conventions.
     *
     * @param portPackages simple package names that hold ports inside the application layer
     * @param webAdapterSuffixes name endings allowed for web endpoints
     * @param dtoSuffixes name endings that mark a data transfer object, kept out of the domain
     */
    public record Naming(List<String> portPackages, List<String> webAdapterSuffixes, List<String> dtoSuffixes) {
        /** The conventions when {@code cairn.yaml} says nothing. */
        public static final Naming DEFAULTS = new Naming(List.of("port", "ports"),
                List.of("Controller", "Handler", "Resource"), List.of("Dto", "DTO", "Request", "Response"));

        /** Copies the lists. */
        public Naming {
            portPackages = List.copyOf(portPackages);
            webAdapterSuffixes = List.copyOf(webAdapterSuffixes);
            dtoSuffixes = List.copyOf(dtoSuffixes);
        }
    }

    /**
     * The {@code checkstyle} section.
     *
     * @param config {@code standard} or {@code strict}
     * @param suppressions path of a Checkstyle suppressions file relative to the project root, if any
     */
    public record Checkstyle(String config, Optional<String> suppressions) {
        /** The standard configuration, no suppressions. */
        public static final Checkstyle DEFAULTS = new Checkstyle("standard", Optional.empty());
    }

    /**
     * The {@code secrets} section.
     *
     * @param ignore globs (relative to the project root) the secret scan skips
     */
    public record Secrets(List<String> ignore) {
        /** Nothing ignored beyond {@code .gitignore}. */
        public static final Secrets DEFAULTS = new Secrets(List.of());

        /** Copies the list. */
        public Secrets {
            ignore = List.copyOf(ignore);
        }
    }
}
