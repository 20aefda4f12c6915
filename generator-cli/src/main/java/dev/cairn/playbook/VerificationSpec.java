package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.template.PathGuard;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.YamlFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The value a playbook gives one verification ({@code file-exists: docs/architecture.md}, {@code yaml-key: {file: ...}}),
 * with the file and line every error names. Each verification type reads its own parameters from it.
 *
 * @param type the verification's type, e.g. {@code file-exists}
 * @param value the node after the type
 * @param file how errors name the playbook
 */
record VerificationSpec(String type, Node value, String file) {

    int line() {
        return SafeYaml.line(value);
    }

    /** The parameters as a mapping with only these keys. */
    YamlFields fields(List<String> known) {
        return YamlFields.of(value, file, "'" + type + "'", known);
    }

    /** Whether the value is a single value (the short form), not a mapping. */
    boolean isScalar() {
        return value instanceof ScalarNode;
    }

    /** The value as one non-blank text; {@code example} shows the form in the hint. */
    String text(String example) {
        return text(value, example);
    }

    String text(Node node, String example) {
        String text = node instanceof ScalarNode ? SafeYaml.scalar(node, file, "'" + type + "'") : null;
        if (text == null || text.isBlank()) {
            throw error(node, "'" + type + "' needs a value", "write it like " + example);
        }
        return text.strip();
    }

    /** One text or a list of them, each non-blank. */
    List<String> texts(Node node, String example) {
        if (node instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                texts.add(text(item, example));
            }
            if (texts.isEmpty()) {
                throw error(node, "'" + type + "' has an empty list", "write it like " + example);
            }
            return texts;
        }
        return List.of(text(node, example));
    }

    /** A flag type's value, which must be {@code true} ({@code secrets-clean: true}). */
    void requireTrue() {
        String text = value instanceof ScalarNode ? SafeYaml.scalar(value, file, type) : null;
        if (!"true".equals(text)) {
            throw error(value, "'" + type + "' takes no parameters", "write '" + type + ": true'");
        }
    }

    /** A path relative to the project that stays inside it; globs allowed. */
    String path(Node node, String example) {
        String path = text(node, example);
        String problem = PathGuard.problem(path);
        if (problem != null) {
            throw error(node, "path '" + path + "' " + problem, "use a path relative to the project root");
        }
        return path;
    }

    /** A Java regular expression, compiled. */
    Pattern regex(Node node, String example) {
        String regex = text(node, example);
        try {
            return Pattern.compile(regex, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw error(node, "'" + regex + "' is not a regular expression: " + e.getDescription(),
                    "use Java's regex syntax; quote it in single quotes in YAML");
        }
    }

    /** A whole number within bounds. */
    int number(Node node, int min, int max, String example) {
        String text = text(node, example);
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(node, "'" + text + "' is not a whole number from " + min + " to " + max, "write it like " + example);
    }

    CairnException error(Node node, String message, String hint) {
        return new CairnException(file, SafeYaml.line(node == null ? value : node), message, hint);
    }
}
