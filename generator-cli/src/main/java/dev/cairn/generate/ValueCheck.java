package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a value suits a property: the manifest's type (boolean, integer, choice) and regex, and
 * the descriptor's {@code validationRegex}. The same check runs on -D values, answers-file values,
 * prompted values and defaults, so no path into a render skips it.
 */
final class ValueCheck {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    /**
     * Why a value was refused and what to do instead.
     *
     * @param message e.g. {@code 'sprong' is not one of plain, spring-boot}
     * @param hint e.g. {@code pass one of them}
     */
    record Problem(String message, String hint) {}

    private ValueCheck() {}

    /** @return why {@code value} does not suit the property, or {@code null} when it does */
    static Problem problem(Template template, ArchetypeProperties.Declared declared, String value) {
        Manifest.Parameter parameter = parameter(template, declared.key());
        if (parameter != null) {
            Problem typed = typeProblem(parameter, value);
            if (typed != null) {
                return typed;
            }
            Problem regex = regexProblem(parameter.regex(), value, Manifest.FILE, parameter.line(), declared.key());
            if (regex != null) {
                return regex;
            }
        }
        return regexProblem(declared.validationRegex(), value, Template.DESCRIPTOR, 0, declared.key());
    }

    /** The manifest's parameter for a property, or {@code null} when it has none. */
    static Manifest.Parameter parameter(Template template, String key) {
        return template.manifest() == null ? null : template.manifest().parameter(key);
    }

    /** The values a prompt offers: the choices of a choice, {@code true}/{@code false} for a boolean. */
    static List<String> choices(Manifest.Parameter parameter) {
        if (parameter == null) {
            return List.of();
        }
        return switch (parameter.type()) {
            case CHOICE -> parameter.choices();
            case BOOLEAN -> List.of("true", "false");
            default -> List.of();
        };
    }

    private static Problem typeProblem(Manifest.Parameter parameter, String value) {
        return switch (parameter.type()) {
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null
                    : new Problem(quote(value) + " is not true or false", "pass true or false");
            case INTEGER -> INTEGER.matcher(value).matches() ? null
                    : new Problem(quote(value) + " is not an integer", "pass digits, with a minus sign if negative");
            case CHOICE -> parameter.choices().contains(value) ? null
                    : new Problem(quote(value) + " is not one of " + String.join(", ", parameter.choices()),
                            "pass one of them");
            case STRING -> null;
        };
    }

    private static Problem regexProblem(String regex, String value, String file, int line, String key) {
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CairnException(file, line, "invalid regular expression for '" + key + "': " + e.getDescription(),
                    "fix the template's regular expression");
        }
        return pattern.matcher(value).matches() ? null
                : new Problem(quote(value) + " does not match " + regex, "pass a value that matches");
    }

    private static String quote(String value) {
        return "'" + value + "'";
    }
}
