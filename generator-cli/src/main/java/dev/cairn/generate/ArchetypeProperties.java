package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Template;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.maven.archetype.metadata.RequiredProperty;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTNegateNode;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.visitor.BaseVisitor;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * The archetype's properties resolved the way maven-archetype-plugin 3.4.1 resolves them in batch
 * mode (its {@code DefaultArchetypeFactory} and {@code DefaultArchetypeGenerationConfigurator}):
 * given values first, then defaults in dependency order, defaults that reference other properties
 * evaluated by Velocity. The insertion order into {@link Properties} is kept the same as the
 * plugin's, because the plugin later walks that table in its hash order.
 */
public final class ArchetypeProperties {

    public static final List<String> BUILT_INS = List.of("groupId", "artifactId", "version", "package");

    /** One property as the descriptor declares it. */
    public record Declared(String key, String defaultValue, String validationRegex) {}

    private final List<String> required = new ArrayList<>();
    private final Properties values = new Properties();
    private final Properties defaults = new Properties();
    private final Map<String, Declared> declared = new LinkedHashMap<>();

    private ArchetypeProperties() {}

    /** The properties the template declares, built-ins included, in the plugin's order. */
    public static List<Declared> declared(Template template) {
        return configure(template, Map.of()).declaredList();
    }

    private List<Declared> declaredList() {
        List<Declared> out = new ArrayList<>();
        for (String key : new LinkedHashSet<>(required)) {
            Declared d = declared.get(key);
            out.add(d != null ? d : new Declared(key, defaults.getProperty(key), null));
        }
        return out;
    }

    private static ArchetypeProperties configure(Template template, Map<String, String> given) {
        ArchetypeProperties c = new ArchetypeProperties();
        if (!template.isLegacy()) {
            for (RequiredProperty rp : template.descriptor().getRequiredProperties()) {
                String key = rp.getKey();
                c.required.add(key);
                c.declared.put(key, new Declared(key, rp.getDefaultValue(), rp.getValidationRegex()));
                String defaultValue = rp.getDefaultValue();
                if (given.get(key) != null) {
                    c.values.setProperty(key, given.get(key));
                } else if (defaultValue != null && !containsInnerProperty(defaultValue)) {
                    c.values.setProperty(key, defaultValue);
                }
                if (defaultValue != null) {
                    c.defaults.setProperty(key, defaultValue);
                }
            }
            c.addRequired(given, "groupId", null, false, true);
            c.addRequired(given, "artifactId", null, false, true);
            c.addRequired(given, "version", "1.0-SNAPSHOT", false, true);
            c.addRequired(given, "package", c.values.getProperty("groupId"), true, true);
        } else {
            c.addRequired(given, "groupId", null, false, false);
            c.addRequired(given, "artifactId", null, false, false);
            c.addRequired(given, "version", "1.0-SNAPSHOT", false, false);
            c.addRequired(given, "package", c.values.getProperty("groupId"), true, false);
        }
        return c;
    }

    private void addRequired(Map<String, String> given, String key, String defaultValue, boolean init, boolean onlyIfUnset) {
        if (onlyIfUnset && (isConfigured(key) || defaults.getProperty(key) != null)) {
            return;
        }
        required.add(key);
        String property = given.get(key);
        if (property != null) {
            values.setProperty(key, property);
            defaults.setProperty(key, property);
        } else if (defaultValue != null) {
            if (init) {
                values.setProperty(key, defaultValue);
            }
            defaults.setProperty(key, defaultValue);
        }
    }

    private boolean isConfigured(String key) {
        String v = values.getProperty(key);
        return v != null && !v.isBlank();
    }

    private boolean allConfigured() {
        for (String key : required) {
            String v = values.getProperty(key);
            if (v == null || v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static boolean containsInnerProperty(String defaultValue) {
        int start = defaultValue.indexOf("${");
        return start >= 0 && defaultValue.indexOf('}', start) >= 0;
    }

    /**
     * Resolves the properties for a batch run.
     *
     * @param template the template, never {@code null}
     * @param given values the user gave (-D, answers file, prompt), never {@code null}
     * @param engine evaluates defaults that reference other properties
     * @param ask called for each property still missing once defaults are applied; returns a value
     *     or {@code null} (a prompt when interactive)
     * @return the plugin's {@code request.getProperties()}, insertion order preserved
     * @throws CairnException naming every property still missing
     */
    public static Properties resolve(Template template, Map<String, String> given, TemplateEngine engine,
            UnaryOperator<String> ask) {
        ArchetypeProperties c = configure(template, given);
        List<String> order = new ArrayList<>(c.required);
        order.sort(new ReferenceOrder(c));
        VelocityContext context = new VelocityContext();
        if (!c.allConfigured()) {
            for (String key : order) {
                if (c.isConfigured(key)) {
                    context.put(key, c.values.getProperty(key));
                } else {
                    String defaultValue = c.defaults.getProperty(key);
                    String value = null;
                    if (defaultValue != null) {
                        value = defaultValue.contains("${") ? engine.evaluate(context, key, defaultValue) : defaultValue;
                    } else {
                        value = ask.apply(key);
                    }
                    if (value != null) {
                        c.values.setProperty(key, value);
                        context.put(key, value);
                    }
                }
            }
            if (!c.allConfigured()) {
                List<String> missing = new ArrayList<>();
                for (String key : new LinkedHashSet<>(c.required)) {
                    if (!c.isConfigured(key)) {
                        missing.add(key);
                    }
                }
                String first = missing.get(0);
                throw CairnException.of("missing value" + (missing.size() > 1 ? "s" : "") + " for " + String.join(", ", missing),
                        "pass -D" + first + "=VALUE" + (missing.size() > 1 ? " (and the others)" : "")
                                + " or --answers FILE, or run in a terminal to be asked");
            }
        }
        return c.values;
    }

    /** The plugin's {@code RequiredPropertyComparator}: a property after those its default references. */
    private static final class ReferenceOrder implements java.util.Comparator<String> {

        private final Map<String, Set<String>> references;

        ReferenceOrder(ArchetypeProperties c) {
            references = compute(c);
        }

        @Override
        public int compare(String left, String right) {
            if (references(right, left)) {
                return 1;
            }
            if (references(left, right)) {
                return -1;
            }
            return Integer.compare(references.get(left).size(), references.get(right).size());
        }

        private boolean references(String target, String source) {
            if (target.equals(source)) {
                return false;
            }
            return references(target, source, new java.util.HashSet<>());
        }

        private boolean references(String target, String source, Set<String> seen) {
            Set<String> direct = references.get(source);
            if (direct.contains(target)) {
                return true;
            }
            if (!seen.add(source)) {
                return false; // the plugin overflows its stack on a cycle; Cairn just stops looking
            }
            for (String next : direct) {
                if (references(target, next, seen)) {
                    return true;
                }
            }
            return false;
        }

        private static Map<String, Set<String>> compute(ArchetypeProperties c) {
            Map<String, Set<String>> result = new HashMap<>();
            RuntimeInstance runtime = new RuntimeInstance();
            Properties p = new Properties();
            p.put("parser.allow_hyphen_in_identifiers", true);
            p.put("runtime.log.instance", org.slf4j.helpers.NOPLogger.NOP_LOGGER);
            runtime.setProperties(p);
            for (String key : c.required) {
                Set<String> referenced = new LinkedHashSet<>();
                String defaultValue = c.defaults.getProperty(key);
                if (defaultValue != null && defaultValue.contains("${")) {
                    try {
                        org.apache.velocity.Template t = new org.apache.velocity.Template();
                        t.setName(key + ".default");
                        SimpleNode node = runtime.parse(new StringReader(defaultValue), t);
                        node.init(new org.apache.velocity.context.InternalContextAdapterImpl(new VelocityContext()), runtime);
                        node.jjtAccept(new BaseVisitor() {
                            @Override
                            public Object visit(ASTReference ref, Object data) {
                                referenced.add(ref.getRootString());
                                return super.visit(ref, data);
                            }

                            @Override
                            public Object visit(ASTNegateNode negate, Object data) {
                                return negate.childrenAccept(this, data);
                            }
                        }, runtime);
                    } catch (ParseException e) {
                        throw new CairnException(Template.DESCRIPTOR, 0,
                                "the default of property '" + key + "' does not parse: " + e.getMessage().split("\n")[0],
                                "fix the defaultValue in the descriptor");
                    }
                }
                referenced.retainAll(c.required);
                referenced.remove(key);
                result.put(key, referenced);
            }
            return result;
        }
    }
}
