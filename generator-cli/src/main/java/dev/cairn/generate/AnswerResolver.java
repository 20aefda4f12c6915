package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Collects the answers for a render. Precedence: {@code -D} values, then the answers file, then a
 * prompt for what is still missing (only when a {@link Prompter} is given, i.e. in a terminal),
 * then the template's defaults. Every value, whatever its source, is checked against the
 * manifest's type and regex and the descriptor's {@code validationRegex}; an error names the
 * source ({@code -Dframework: ...}, {@code answers.yaml:3: ...}). Secrets are never accepted.
 */
public final class AnswerResolver {

    /**
     * What the user said.
     *
     * @param values -D values in the order given, never {@code null}
     * @param answersFile the {@code --answers} file, or {@code null}
     * @param overlays overlays asked for with {@code --with}, never {@code null}
     * @param prompter asks for missing values, or {@code null} when not interactive
     */
    public record Input(Map<String, String> values, AnswersFile answersFile, List<String> overlays, Prompter prompter) {

        /** Without an answers file. */
        public Input(Map<String, String> values, List<String> overlays, Prompter prompter) {
            this(values, null, overlays, prompter);
        }
    }

    private AnswerResolver() {}

    /**
     * @param template the template, never {@code null}
     * @param input what the user said, never {@code null}
     * @param engine evaluates defaults and {@code when} conditions
     * @return the properties in the plugin's order and the overlays that apply, in manifest order
     * @throws CairnException for a bad, missing or secret value, an unknown key in the answers file
     *     or an unknown overlay; one line naming the source
     */
    public static Answers resolve(Template template, Input input, TemplateEngine engine) {
        Map<String, ArchetypeProperties.Declared> declared = declaredByKey(template);
        Map<String, String> given = new LinkedHashMap<>();
        AnswersFile file = input.answersFile();
        if (file != null) {
            for (Map.Entry<String, AnswersFile.Value> e : file.values().entrySet()) {
                String key = e.getKey();
                AnswersFile.Value value = e.getValue();
                refuseSecret(template, key, file.file(), value.line(), "");
                ArchetypeProperties.Declared d = declared.get(key);
                if (d == null) {
                    throw new CairnException(file.file(), value.line(), "'" + key + "' is not a property of " + template.id(),
                            "its properties: " + String.join(", ", declared.keySet()));
                }
                check(template, d, value.text(), file.file(), value.line(), key + ": ", null);
                given.put(key, value.text());
            }
        }
        for (Map.Entry<String, String> e : input.values().entrySet()) {
            refuseSecret(template, e.getKey(), null, 0, "-D" + e.getKey() + ": ");
            ArchetypeProperties.Declared d = declared.get(e.getKey());
            if (d != null) {
                check(template, d, e.getValue(), null, 0, "-D" + e.getKey() + ": ", null);
            }
            given.put(e.getKey(), e.getValue()); // -D wins over the file
        }

        Set<String> requested = requestedOverlays(template, input);
        switchOnRequestedOverlays(template, requested, given);

        Map<String, String> asked = new HashMap<>();
        boolean[] inputEnded = {false};
        Properties properties = ArchetypeProperties.resolve(template, given, engine, key -> {
            if (inputEnded[0]) {
                return null; // the person stopped answering (Ctrl-D): do not ask the next question
            }
            String answer = ask(template, input.prompter(), declared.get(key), suggestion(key, given, asked));
            if (answer != null) {
                asked.put(key, answer);
            } else {
                inputEnded[0] = true;
            }
            return answer;
        });
        // what came from defaults (literal or computed from other answers) must pass the same checks
        for (ArchetypeProperties.Declared d : declared.values()) {
            String value = properties.getProperty(d.key());
            if (value != null && !given.containsKey(d.key()) && !asked.containsKey(d.key())) {
                check(template, d, value, null, 0, d.key() + ": the default ", "pass -D" + d.key() + "=VALUE instead");
            }
        }
        return new Answers(properties, Overlays.select(template, properties, requested, engine));
    }

    /**
     * An overlay named like a boolean parameter is that parameter's switch: {@code --with docker}
     * answers {@code docker=true}, so that the archetype's own files (its {@code includeCondition}s,
     * which plain {@code mvn archetype:generate -Ddocker=true} reads too) and the overlay agree.
     */
    private static void switchOnRequestedOverlays(Template template, Set<String> requested, Map<String, String> given) {
        if (template.manifest() == null) {
            return;
        }
        for (String name : requested) {
            Manifest.Parameter parameter = template.manifest().parameter(name);
            if (parameter == null || parameter.type() != Manifest.Type.BOOLEAN) {
                continue;
            }
            if ("false".equals(given.get(name))) {
                throw new CairnException(null, 0, "--with " + name + " contradicts -D" + name + "=false",
                        "drop one of them: the overlay " + name + " is the parameter " + name + "=true");
            }
            given.put(name, "true");
        }
    }

    /**
     * The {@code -D} names that are not properties of the template. The plugin ignores them, and
     * so does Cairn, but a typo deserves a warning.
     */
    public static List<String> ignored(Template template, Map<String, String> values) {
        Map<String, ArchetypeProperties.Declared> declared = declaredByKey(template);
        List<String> ignored = new ArrayList<>();
        for (String key : values.keySet()) {
            if (!declared.containsKey(key)) {
                ignored.add(key);
            }
        }
        return ignored;
    }

    private static Map<String, ArchetypeProperties.Declared> declaredByKey(Template template) {
        Map<String, ArchetypeProperties.Declared> declared = new LinkedHashMap<>();
        for (ArchetypeProperties.Declared d : ArchetypeProperties.declared(template)) {
            declared.putIfAbsent(d.key(), d);
        }
        return declared;
    }

    /** The overlays asked for, in the answers file and with --with; an unknown one is an error naming where. */
    private static Set<String> requestedOverlays(Template template, Input input) {
        Set<String> requested = new LinkedHashSet<>();
        Set<String> known = template.manifest() == null ? Set.of() : template.manifest().overlays().keySet();
        if (input.answersFile() != null) {
            for (AnswersFile.Value name : input.answersFile().overlays()) {
                if (!known.contains(name.text())) {
                    throw Overlays.unknown(template, input.answersFile().file(), name.line(),
                            "unknown overlay '" + name.text() + "'");
                }
                requested.add(name.text());
            }
        }
        for (String name : input.overlays()) {
            if (!known.contains(name)) {
                throw Overlays.unknown(template, null, 0, "--with: unknown overlay '" + name + "'");
            }
            requested.add(name);
        }
        return requested;
    }

    /** Secrets never pass through Cairn: not by name, not by their variable. */
    private static void refuseSecret(Template template, String key, String file, int line, String where) {
        if (template.manifest() == null) {
            return;
        }
        for (Manifest.Secret secret : template.manifest().secrets()) {
            if (key.equals(secret.name()) || key.equals(secret.env())) {
                throw new CairnException(file, line, where + secret.name() + " is a secret; Cairn never takes secret values",
                        (file != null ? "remove it from the file and " : "") + "set " + secret.env()
                                + " in the environment where the service runs");
            }
        }
    }

    private static void check(Template template, ArchetypeProperties.Declared d, String value, String file, int line,
            String prefix, String hint) {
        ValueCheck.Problem problem = ValueCheck.problem(template, d, value);
        if (problem != null) {
            throw new CairnException(file, line, prefix + problem.message(), hint != null ? hint : problem.hint());
        }
    }

    /**
     * A default to offer when asking: only {@code package}, which the plugin's interactive mode
     * offers as the groupId (batch mode derives it before groupId is known, so it arrives here
     * without one).
     */
    private static String suggestion(String key, Map<String, String> given, Map<String, String> asked) {
        if (!key.equals("package")) {
            return null;
        }
        String groupId = asked.containsKey("groupId") ? asked.get("groupId") : given.get("groupId");
        return groupId == null || groupId.isBlank() ? null : groupId;
    }

    /**
     * Asks for one property, with its help, default and choices, until the answer passes the checks:
     * {@code update} asks so for the parameters a new template version adds.
     *
     * @param template the template that declares {@code key}
     * @param key a property of the template
     * @param prompter the terminal, or {@code null} when not interactive
     * @return the answer, or {@code null} when not interactive, input ended, or {@code key} is not declared
     */
    public static String askFor(Template template, String key, Prompter prompter) {
        return ask(template, prompter, declaredByKey(template).get(key), null);
    }

    /** Asks until the answer passes the checks; {@code null} when not interactive or input ended. */
    private static String ask(Template template, Prompter prompter, ArchetypeProperties.Declared d, String suggestion) {
        if (prompter == null || d == null) {
            return null;
        }
        Manifest.Parameter parameter = ValueCheck.parameter(template, d.key());
        String help = parameter != null ? parameter.help() : null;
        String defaultValue = parameter != null && parameter.defaultValue() != null ? parameter.defaultValue()
                : d.defaultValue() != null ? d.defaultValue() : suggestion;
        List<String> choices = ValueCheck.choices(parameter);
        String error = null;
        while (true) {
            String answer = prompter.ask(d.key(), help, defaultValue, choices, error);
            if (answer == null) {
                return null;
            }
            if (answer.isBlank()) {
                error = "a value is required";
                continue;
            }
            ValueCheck.Problem problem = ValueCheck.problem(template, d, answer);
            if (problem == null) {
                return answer;
            }
            error = problem.message();
        }
    }
}
