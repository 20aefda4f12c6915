package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * An answers file given with {@code --answers FILE}: either a flat map of {@code name: value}, or
 * the {@code .cairn/answers.yaml} a generated project holds (its {@code answers:} and
 * {@code overlays:}; {@code cairn}, {@code template}, {@code secrets} and {@code deleted} are ignored).
 *
 * <p>Values are taken as the text written in the file, never as YAML numbers or booleans: a
 * {@code version: 1.10} stays {@code 1.10}, as on the command line.
 *
 * @param file how errors name the file (the path as the user typed it)
 * @param values the answers in file order, each with its line
 * @param overlays overlay names the file asks for, in file order, each with its line
 */
public record AnswersFile(String file, Map<String, Value> values, List<Value> overlays) {

    /** The keys of the recorded shape, as {@link RecordedAnswers} writes them. */
    static final List<String> RECORDED_KEYS = List.of("cairn", "template", "answers", "overlays", "secrets", "deleted");

    /**
     * @param text the value as written, never {@code null}
     * @param line its 1-based line in the file
     */
    public record Value(String text, int line) {}

    public AnswersFile {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        overlays = List.copyOf(overlays);
    }

    /**
     * Reads an answers file from disk.
     *
     * @param path the file
     * @param shownAs how errors name it, usually the path as typed
     * @throws CairnException if it is missing, unreadable or malformed
     */
    public static AnswersFile read(Path path, String shownAs) {
        try {
            return parse(Files.readAllBytes(path), shownAs);
        } catch (NoSuchFileException e) {
            throw new CairnException(shownAs, 0, "no such answers file", "check the path given to --answers");
        } catch (IOException e) {
            throw new CairnException(shownAs, 0, "cannot read: " + e.getMessage(), "check the path given to --answers", e);
        }
    }

    /**
     * Parses an answers file.
     *
     * @param bytes the file, UTF-8
     * @param file how errors name it
     * @throws CairnException naming the file and line for bad YAML or a value that is not one value
     */
    public static AnswersFile parse(byte[] bytes, String file) {
        // the safe loader first: it refuses tags and alias bombs and names the line of bad YAML
        Object loaded = SafeYaml.load(bytes, file);
        if (loaded == null) {
            return new AnswersFile(file, Map.of(), List.of());
        }
        if (!(loaded instanceof Map)) {
            throw new CairnException(file, 1, "an answers file is a map of name: value",
                    "write one 'name: value' per line");
        }
        // then the node tree of the same (now known safe) text, for lines and values as written
        MappingNode root = (MappingNode) compose(bytes, file);
        Map<String, Value> values = new LinkedHashMap<>();
        List<Value> overlays = new ArrayList<>();
        boolean recorded = false;
        for (NodeTuple tuple : root.getValue()) {
            if (key(tuple).equals("answers") && tuple.getValueNode() instanceof MappingNode) {
                recorded = true;
            }
        }
        for (NodeTuple tuple : root.getValue()) {
            String key = key(tuple);
            Node value = tuple.getValueNode();
            if (key.equals("overlays")) {
                overlays.addAll(overlays(value, file));
            } else if (recorded && key.equals("answers")) {
                for (NodeTuple answer : ((MappingNode) value).getValue()) {
                    values.put(key(answer), value(key(answer), answer.getValueNode(), file));
                }
            } else if (recorded && RECORDED_KEYS.contains(key)) {
                continue; // where the project came from: informative only
            } else if (recorded) {
                throw new CairnException(file, line(tuple.getKeyNode()), "unknown key '" + key + "'",
                        "an answers file written by Cairn has only " + String.join(", ", RECORDED_KEYS)
                                + "; put answers under 'answers:'");
            } else {
                values.put(key, value(key, value, file));
            }
        }
        return new AnswersFile(file, values, overlays);
    }

    private static Node compose(byte[] bytes, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (IOException e) {
            throw new CairnException(file, 0, "cannot read: " + e.getMessage(), null, e);
        }
    }

    private static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
    }

    private static Value value(String key, Node node, String file) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                throw new CairnException(file, line(node), key + " has no value",
                        "write a value after '" + key + ":', or remove the line");
            }
            return new Value(scalar.getValue(), line(node));
        }
        throw new CairnException(file, line(node), key + " must be a single value, not a "
                + (node instanceof SequenceNode ? "list" : "map"), "write '" + key + ": VALUE'");
    }

    private static List<Value> overlays(Node node, String file) {
        if (!(node instanceof SequenceNode sequence)) {
            if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
                return List.of();
            }
            throw new CairnException(file, line(node), "overlays must be a list of overlay names",
                    "write 'overlays: [name, other]'");
        }
        List<Value> names = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                throw new CairnException(file, line(item), "overlays must be a list of overlay names",
                        "write 'overlays: [name, other]'");
            }
            names.add(new Value(s.getValue(), line(item)));
        }
        return names;
    }

    private static int line(Node node) {
        return node.getStartMark() != null ? node.getStartMark().getLine() + 1 : 0;
    }
}
