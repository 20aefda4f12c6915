package dev.cairn.template;

import dev.cairn.CairnException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping from {@link SafeYaml#compose}, each with its node, so that readers of Cairn's YAML
 * formats (the template manifest, playbooks, sign-offs) name the line of every error. Unknown keys are refused when
 * the mapping is read, with the nearest known key suggested.
 */
public final class YamlFields {

    private final String file;
    private final MappingNode node;
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlFields(String file, MappingNode node) {
        this.file = file;
        this.node = node;
    }

    /**
     * @param node the value that must be a mapping
     * @param file how errors name the file
     * @param what how errors name the mapping, e.g. {@code a parameter}
     * @param known every key it may have
     * @throws CairnException naming the line if {@code node} is not a mapping or holds a key not in {@code known}
     */
    public static YamlFields of(Node node, String file, String what, List<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw new CairnException(file, SafeYaml.line(node), what + " must be a mapping of keys, not a " + SafeYaml.kind(node),
                    "known keys: " + String.join(", ", known));
        }
        YamlFields fields = new YamlFields(file, mapping);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = SafeYaml.scalar(tuple.getKeyNode(), file, "a key");
            if (!known.contains(key)) {
                String near = nearest(key, known);
                throw new CairnException(file, SafeYaml.line(tuple.getKeyNode()), "unknown key '" + key + "' in " + what,
                        near != null ? "did you mean '" + near + "'?" : "known keys: " + String.join(", ", known));
            }
            fields.keys.put(key, tuple.getKeyNode());
            fields.values.put(key, tuple.getValueNode());
        }
        return fields;
    }

    /** The mapping itself, for errors about a key it lacks. */
    public MappingNode node() {
        return node;
    }

    /** Whether the key is there, even with no value. */
    public boolean present(String key) {
        return values.containsKey(key);
    }

    /** Whether the key is there with a value other than YAML's null. */
    public boolean has(String key) {
        return values.containsKey(key) && !isNull(values.get(key));
    }

    /** The key's node, or {@code null} when absent. */
    public Node key(String key) {
        return keys.get(key);
    }

    /** The value's node, or {@code null} when absent. */
    public Node value(String key) {
        return values.get(key);
    }

    /**
     * A scalar's text ({@code 70} and {@code true} as written), or {@code null} when absent or null.
     *
     * @throws CairnException naming the line when the value is a mapping or a list
     */
    public String text(String key) {
        Node value = values.get(key);
        return value == null ? null : SafeYaml.scalar(value, file, "'" + key + "'");
    }

    /**
     * A scalar's text that must be there and not blank.
     *
     * @throws CairnException naming the key's line (or the mapping's) when it is missing or blank
     */
    public String required(String key, String hint) {
        String text = text(key);
        if (text == null || text.isBlank()) {
            throw new CairnException(file, SafeYaml.line(keys.containsKey(key) ? keys.get(key) : node), "'" + key + "' is missing",
                    hint);
        }
        return text;
    }

    /** The line of the key when present, else of the mapping. */
    public int line(String key) {
        return SafeYaml.line(keys.containsKey(key) ? keys.get(key) : node);
    }

    /** The mapping's own line. */
    public int line() {
        return SafeYaml.line(node);
    }

    /**
     * A list of scalars, or an empty list when the key is absent or null.
     *
     * @throws CairnException naming the line when the value is not a list or an item is empty or not a scalar
     */
    public List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (Node item : items(key)) {
            String text = SafeYaml.scalar(item, file, "an item of " + key);
            if (text == null) {
                throw new CairnException(file, SafeYaml.line(item), "an empty item in " + key, "remove it");
            }
            texts.add(text);
        }
        return texts;
    }

    /**
     * The items of a list, or an empty list when the key is absent or null.
     *
     * @throws CairnException naming the line when the value is not a list
     */
    public List<Node> items(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw new CairnException(file, SafeYaml.line(value), key + " must be a list",
                    "write '" + key + ": [a, b]', or each item on a line starting with '- '");
        }
        return sequence.getValue();
    }

    /** Whether a node is YAML's null ({@code ~}, {@code null} or nothing). */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** The known word closest to a misspelt one, when close enough to be a typo; else {@code null}. */
    public static String nearest(String word, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
