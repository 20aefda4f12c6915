package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Collects the answers for a render: -D values, then an answers file, then a prompt for what is
 * still missing (only in a terminal), then defaults; and checks every value against its
 * validation regex.
 */
public final class AnswerResolver {

    /**
     * What the user said.
     *
     * @param values -D values in the order given
     * @param overlays overlays asked for with --with
     * @param prompter asks for missing values, or {@code null} when not interactive
     */
    public record Input(Map<String, String> values, List<String> overlays, Prompter prompter) {}

    private AnswerResolver() {}

    public static Answers resolve(Template template, Input input, TemplateEngine engine) {
        Map<String, String> given = new LinkedHashMap<>(input.values());
        Map<String, ArchetypeProperties.Declared> declared = new LinkedHashMap<>();
        for (ArchetypeProperties.Declared d : ArchetypeProperties.declared(template)) {
            declared.putIfAbsent(d.key(), d);
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            ArchetypeProperties.Declared d = declared.get(e.getKey());
            if (d != null) {
                check(d, e.getValue(), "-D" + e.getKey());
            }
        }
        Properties properties = ArchetypeProperties.resolve(template, given, engine, key -> ask(input.prompter(), declared.get(key)));
        for (ArchetypeProperties.Declared d : declared.values()) {
            String value = properties.getProperty(d.key());
            if (value != null) {
                check(d, value, d.key());
            }
        }
        return new Answers(properties, new ArrayList<>(input.overlays()));
    }

    private static String ask(Prompter prompter, ArchetypeProperties.Declared d) {
        if (prompter == null || d == null) {
            return null;
        }
        String error = null;
        while (true) {
            String answer = prompter.ask(d.key(), null, null, List.of(), error);
            if (answer == null) {
                return null;
            }
            error = problem(d, answer);
            if (error == null) {
                return answer;
            }
        }
    }

    private static void check(ArchetypeProperties.Declared d, String value, String where) {
        String problem = problem(d, value);
        if (problem != null) {
            throw new CairnException(null, 0, where + ": " + problem, "pass a value that matches");
        }
    }

    static String problem(ArchetypeProperties.Declared d, String value) {
        if (d.validationRegex() == null || d.validationRegex().isEmpty()) {
            return null;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(d.validationRegex());
        } catch (PatternSyntaxException e) {
            throw new CairnException(Template.DESCRIPTOR, 0, "invalid validationRegex for '" + d.key() + "': "
                    + e.getDescription(), "fix the regular expression in the descriptor");
        }
        if (!pattern.matcher(value).matches()) {
            return "'" + value + "' does not match " + d.validationRegex();
        }
        return null;
    }
}
