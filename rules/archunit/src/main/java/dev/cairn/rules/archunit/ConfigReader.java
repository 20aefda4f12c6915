package dev.cairn.rules.archunit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.PackageMatcher;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns {@code cairn.yaml} text into a {@link CairnConfig}. SnakeYAML only composes nodes (nothing is instantiated,
 * tags are refused, aliases limited), which also keeps every value's line for error messages.
 */
final class ConfigReader {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final Pattern JAVA_PACKAGE = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    private static final Pattern RULE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PLAYBOOK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final String fileName;

    ConfigReader(String fileName) {
        this.fileName = fileName;
    }

    CairnConfig read(String yaml) {
        Node root = compose(yaml);
        CairnConfig defaults = CairnConfig.defaults();
        if (root == null || isNull(root)) {
            return new CairnConfig(fileName, Optional.empty(), defaults.layers(), defaults.frameworks(), List.of(), Map.of(),
                    List.of(), defaults.naming(), defaults.checkstyle(), defaults.secrets(), List.of(), List.of());
        }
        Builder config = new Builder();
        Map<String, Node> rulesSection = new LinkedHashMap<>();
        forEachKey(root, "the top level", List.of("base-package", "layers", "frameworks", "migration", "rules",
                "dependency-rules", "naming", "checkstyle", "secrets", "playbooks", "playbook-sources"), (key, value) -> {
                    switch (key) {
                        case "base-package" -> config.basePackage = Optional.of(javaPackage(value));
                        case "layers" -> config.layers = layers(value);
                        case "frameworks" -> config.frameworks = frameworks(value);
                        case "migration" -> forEachKey(value, "migration", List.of("legacy-packages"),
                                (k, v) -> config.legacyPackages = packagePatterns(v));
                        case "rules" -> forEachKey(value, "rules", null, rulesSection::put);
                        case "dependency-rules" -> config.dependencyRules = dependencyRules(value);
                        case "naming" -> config.naming = naming(value);
                        case "checkstyle" -> config.checkstyle = checkstyle(value);
                        case "secrets" -> forEachKey(value, "secrets", List.of("ignore"),
                                (k, v) -> config.secrets = new CairnConfig.Secrets(strings(v)));
                        case "playbooks" -> config.playbooks = playbooks(value);
                        case "playbook-sources" -> config.playbookSources = nonEmpty(value, strings(value));
                        default -> throw new IllegalStateException(key);
                    }
                });
        config.severities = severities(rulesSection, config.dependencyRules);
        return new CairnConfig(fileName, config.basePackage, config.layers, config.frameworks, config.legacyPackages,
                config.severities, config.dependencyRules, config.naming, config.checkstyle, config.secrets, config.playbooks,
                config.playbookSources);
    }

    private Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1024 * 1024);
        options.setTagInspector(tag -> false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
            throw new CairnConfigException(fileName, line, "not valid YAML: " + problem.trim(),
                    "fix the YAML syntax; indent with spaces, quote values that contain ': ' or start with '@' or '*'");
        } catch (YAMLException e) {
            throw new CairnConfigException(fileName, 0, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "fix the YAML syntax");
        }
    }

    private CairnConfig.Layers layers(Node node) {
        Map<String, List<String>> byLayer = new LinkedHashMap<>();
        forEachKey(node, "layers", List.of("domain", "application", "adapters", "config", "internal"),
                (layer, patterns) -> byLayer.put(layer, nonEmpty(patterns, packagePatterns(patterns))));
        return new CairnConfig.Layers(byLayer.getOrDefault("domain", List.of()), byLayer.getOrDefault("application", List.of()),
                byLayer.getOrDefault("adapters", List.of()), byLayer.getOrDefault("config", List.of()),
                byLayer.getOrDefault("internal", List.of()));
    }

    private List<String> frameworks(Node node) {
        List<String> added = new ArrayList<>();
        Set<Boolean> replace = new HashSet<>();
        forEachKey(node, "frameworks", List.of("packages", "replace-defaults"), (key, value) -> {
            if (key.equals("packages")) {
                added.addAll(packagePatterns(value));
            } else {
                replace.add(bool(value));
            }
        });
        Set<String> effective = new LinkedHashSet<>(replace.contains(true) ? List.of() : CairnConfig.DEFAULT_FRAMEWORKS);
        effective.addAll(added);
        return List.copyOf(effective);
    }

    private List<CairnConfig.DependencyRule> dependencyRules(Node node) {
        List<CairnConfig.DependencyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : sequence(node, "dependency-rules")) {
            Map<String, Node> fields = new LinkedHashMap<>();
            forEachKey(item, "a dependency rule", List.of("name", "id", "from", "to", "because", "severity"), fields::put);
            String id = ruleId(item, fields);
            if (!ids.add(id)) {
                throw error(item, "dependency rule '" + id + "' is declared twice", "give each dependency rule its own name");
            }
            Node from = required(item, fields, "from");
            Node to = required(item, fields, "to");
            Node because = required(item, fields, "because");
            Severity severity = fields.containsKey("severity") ? severity(fields.get("severity")) : Severity.ERROR;
            rules.add(new CairnConfig.DependencyRule(id, packagePattern(from), nonEmpty(to, packagePatterns(to)),
                    text(because), severity));
        }
        return rules;
    }

    private String ruleId(Node item, Map<String, Node> fields) {
        if (fields.containsKey("id")) {
            String id = text(fields.get("id"));
            String name = id.startsWith(RuleIds.PROJECT_PREFIX) ? id.substring(RuleIds.PROJECT_PREFIX.length()) : "";
            if (!RULE_NAME.matcher(name).matches()) {
                throw error(fields.get("id"), "dependency rule id '" + id + "' is not cairn.project.<name>",
                        "use an id like cairn.project.billing-independent (lower case, digits, '-')");
            }
            return id;
        }
        if (fields.containsKey("name")) {
            String name = text(fields.get("name"));
            if (!RULE_NAME.matcher(name).matches()) {
                throw error(fields.get("name"), "dependency rule name '" + name + "' is not lower-case-with-dashes",
                        "use a name like billing-independent; the rule's id becomes cairn.project.<name>");
            }
            return RuleIds.PROJECT_PREFIX + name;
        }
        throw error(item, "dependency rule without a name", "add name: <lower-case-name>; its id becomes cairn.project.<name>");
    }

    private CairnConfig.Naming naming(Node node) {
        CairnConfig.Naming defaults = CairnConfig.Naming.DEFAULTS;
        Map<String, List<String>> values = new LinkedHashMap<>();
        forEachKey(node, "naming", List.of("port-packages", "web-adapter-suffixes", "dto-suffixes"), (key, value) -> {
            List<String> names = nonEmpty(value, strings(value));
            if (key.equals("port-packages")) {
                names.forEach(name -> javaPackageOf(value, name));
            }
            values.put(key, names);
        });
        return new CairnConfig.Naming(values.getOrDefault("port-packages", defaults.portPackages()),
                values.getOrDefault("web-adapter-suffixes", defaults.webAdapterSuffixes()),
                values.getOrDefault("dto-suffixes", defaults.dtoSuffixes()));
    }

    private CairnConfig.Checkstyle checkstyle(Node node) {
        Map<String, String> values = new LinkedHashMap<>();
        forEachKey(node, "checkstyle", List.of("config", "suppressions"), (key, value) -> {
            String text = text(value);
            if (key.equals("config") && !text.equals("standard") && !text.equals("strict")) {
                throw error(value, "checkstyle config '" + text + "' is unknown", "use standard or strict");
            }
            values.put(key, text);
        });
        return new CairnConfig.Checkstyle(values.getOrDefault("config", CairnConfig.Checkstyle.DEFAULTS.config()),
                Optional.ofNullable(values.get("suppressions")));
    }

    private List<String> playbooks(Node node) {
        List<String> ids = strings(node);
        for (String id : ids) {
            if (!PLAYBOOK_ID.matcher(id).matches()) {
                throw error(node, "playbook id '" + id + "' is not valid", "use the playbook's id, e.g. service-readiness");
            }
        }
        return ids;
    }

    private Map<String, Severity> severities(Map<String, Node> rulesSection, List<CairnConfig.DependencyRule> projectRules) {
        Set<String> known = new LinkedHashSet<>(RuleIds.BUILT_IN);
        projectRules.forEach(rule -> known.add(rule.id()));
        Set<String> sets = new LinkedHashSet<>();
        known.forEach(id -> sets.add("cairn." + RuleIds.ruleSet(id) + ".*"));
        Map<String, Severity> severities = new LinkedHashMap<>();
        rulesSection.forEach((id, value) -> {
            if (!known.contains(id) && !sets.contains(id)) {
                throw error(value, "unknown rule id '" + id + "' in rules",
                        "use a rule id of the README's rule catalogue, a set such as cairn.naming.*, or the id of a dependency rule");
            }
            severities.put(id, severity(value));
        });
        return severities;
    }

    private Severity severity(Node node) {
        String text = scalarText(node, "a severity");
        return Severity.parse(text).orElseThrow(() -> error(node, "bad severity '" + text + "'", "use error, warn or off"));
    }

    private List<String> packagePatterns(Node node) {
        List<String> patterns = new ArrayList<>();
        for (Node item : scalarsOrSequence(node, "package patterns")) {
            patterns.add(packagePattern(item));
        }
        return patterns;
    }

    private String packagePattern(Node node) {
        String pattern = text(node);
        try {
            PackageMatcher.of(pattern);
        } catch (IllegalArgumentException e) {
            throw error(node, "'" + pattern + "' is not a package pattern",
                    "use ArchUnit's package syntax, e.g. com.acme..domain.. ('..' stands for any packages)");
        }
        if (pattern.isBlank() || pattern.contains(" ")) {
            throw error(node, "'" + pattern + "' is not a package pattern", "use ArchUnit's package syntax, e.g. com.acme..domain..");
        }
        return pattern;
    }

    private String javaPackage(Node node) {
        return javaPackageOf(node, text(node));
    }

    private String javaPackageOf(Node node, String name) {
        if (!JAVA_PACKAGE.matcher(name).matches()) {
            throw error(node, "'" + name + "' is not a Java package name", "write it like com.acme.orders, without '..' or '*'");
        }
        return name;
    }

    private List<String> strings(Node node) {
        List<String> values = new ArrayList<>();
        for (Node item : scalarsOrSequence(node, "a list of strings")) {
            values.add(text(item));
        }
        return values;
    }

    private <T> List<T> nonEmpty(Node node, List<T> values) {
        if (values.isEmpty()) {
            throw error(node, "empty list", "give at least one value or leave the key out for the default");
        }
        return values;
    }

    private List<Node> scalarsOrSequence(Node node, String what) {
        checkPlainTag(node);
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        return sequence(node, what);
    }

    private List<Node> sequence(Node node, String what) {
        checkPlainTag(node);
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "expected " + what + " as a list, found " + kind(node), "write a list, e.g. [a, b] or '- a' lines");
        }
        sequence.getValue().forEach(this::checkPlainTag);
        return sequence.getValue();
    }

    private boolean bool(Node node) {
        String text = scalarText(node, "true or false");
        if (node.getTag().equals(Tag.BOOL) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        throw error(node, "expected true or false, found '" + text + "'", "write true or false");
    }

    private String text(Node node) {
        String text = scalarText(node, "a text value");
        if (text.isBlank()) {
            throw error(node, "empty value", "give a value or leave the key out");
        }
        return text.trim();
    }

    private String scalarText(Node node, String what) {
        checkPlainTag(node);
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            throw error(node, "expected " + what + ", found " + kind(node), "write a single value");
        }
        return scalar.getValue();
    }

    private Node required(Node item, Map<String, Node> fields, String key) {
        Node value = fields.get(key);
        if (value == null) {
            throw error(item, "dependency rule without '" + key + "'", "every dependency rule needs from, to and because");
        }
        return value;
    }

    /** Walks a mapping in file order; unknown keys (when {@code allowed} is not null) and duplicates are errors. */
    private void forEachKey(Node node, String where, List<String> allowed, BiConsumer<String, Node> action) {
        checkPlainTag(node);
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "expected a mapping for " + where + ", found " + kind(node), "write key: value lines under it");
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = scalarText(keyNode, "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(keyNode, "unknown key '" + key + "' in " + where, "use one of " + String.join(", ", allowed));
            }
            if (!seen.add(key)) {
                throw error(keyNode, "key '" + key + "' appears twice in " + where, "keep one of them");
            }
            action.accept(key, tuple.getValueNode());
        }
    }

    private void checkPlainTag(Node node) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw error(node, "YAML tag " + node.getTag().getValue() + " is not allowed", "remove the tag; cairn.yaml holds plain values");
        }
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static String kind(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private CairnConfigException error(Node node, String problem, String hint) {
        return new CairnConfigException(fileName, node.getStartMark().getLine() + 1, problem, hint);
    }

    /** Mutable collector for one read; the result is the immutable {@link CairnConfig}. */
    private static final class Builder {
        Optional<String> basePackage = Optional.empty();
        CairnConfig.Layers layers = CairnConfig.Layers.CONVENTIONAL;
        List<String> frameworks = CairnConfig.DEFAULT_FRAMEWORKS;
        List<String> legacyPackages = List.of();
        Map<String, Severity> severities = Map.of();
        List<CairnConfig.DependencyRule> dependencyRules = List.of();
        CairnConfig.Naming naming = CairnConfig.Naming.DEFAULTS;
        CairnConfig.Checkstyle checkstyle = CairnConfig.Checkstyle.DEFAULTS;
        CairnConfig.Secrets secrets = CairnConfig.Secrets.DEFAULTS;
        List<String> playbooks = List.of();
        List<String> playbookSources = List.of();
    }
}
