package dev.cairn.template;

import dev.cairn.CairnException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping from {@link SafeYaml#compose}, read field by field for the small files Cairn's
 * users write (catalogs, the configuration file, template test cases): only the keys a format
 * allows, every error one line naming the file and the line.
 */
public final class YamlFields {

    private final String file;
    private final MappingNode node;
    private final Map<String, Node> fields = new LinkedHashMap<>();

    private YamlFields(String file, MappingNode node) {
        this.file = file;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            fields.put(SafeYaml.scalar(tuple.getKeyNode(), file, "a key"), tuple.getValueNode());
        }
    }

    /**
     * @param node a node that must be a mapping
     * @param file how errors name the file
     * @param what what the mapping is, for the error: {@code a catalog entry}
     * @param allowed the keys the format has; any other is an error naming its line
     * @throws CairnException if the node is not a mapping or has another key
     */
    public static YamlFields of(Node node, String file, String what, List<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw new CairnException(file, node == null ? 0 : SafeYaml.line(node), what + " must be a mapping of key: value",
                    "write " + String.join(", ", allowed.stream().map(k -> k + ":").toList()));
        }
        YamlFields fields = new YamlFields(file, mapping);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = SafeYaml.scalar(tuple.getKeyNode(), file, "a key");
            if (!allowed.contains(key)) {
                throw new CairnException(file, SafeYaml.line(tuple.getKeyNode()), "unknown key '" + key + "' in " + what,
                        "the keys are " + String.join(", ", allowed));
            }
        }
        return fields;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The mapping's own line. */
    public int line() {
        return SafeYaml.line(node);
    }

    /** The line of a key's value, or the mapping's line when the key is absent. */
    public int line(String key) {
        Node value = fields.get(key);
        return value == null ? line() : SafeYaml.line(value);
    }

    /** A key's value node, or {@code null}. */
    public Node node(String key) {
        return fields.get(key);
    }

    /** A single value, or {@code null} when the key is absent or null. */
    public String text(String key) {
        Node value = fields.get(key);
        return value == null ? null : SafeYaml.scalar(value, file, key);
    }

    /**
     * A value that must be there.
     *
     * @throws CairnException naming the mapping's line when it is missing or empty
     */
    public String required(String key, String hint) {
        String value = text(key);
        if (value == null || value.isBlank()) {
            throw new CairnException(file, line(key), "'" + key + "' is missing", hint);
        }
        return value;
    }

    /** A list of single values, or an empty list when the key is absent or null. */
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

    /** The items of a list of mappings (or of anything), or an empty list when absent. */
    public List<Node> items(String key) {
        Node value = fields.get(key);
        if (value == null || value instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw new CairnException(file, SafeYaml.line(value), key + " must be a list",
                    "write '" + key + ": [a, b]', or each item on a line starting with '- '");
        }
        return sequence.getValue();
    }
}
