package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * An overlay's YAML patch deep-merged into a generated YAML file: maps merge key by key, the patch
 * wins for scalars and lists, and the result is written in block style.
 *
 * <p>Both documents are first loaded with {@link SafeYaml} (no tags, few aliases, no duplicate
 * keys); the merge itself works on SnakeYAML's node tree rather than on loaded Java values, so
 * that every scalar is written back as it was written ({@code 1.10} stays {@code 1.10}, a date
 * stays a date, {@code "8080"} keeps its quotes) and comments of the generated file survive.
 */
final class YamlPatch {

    private YamlPatch() {}

    /**
     * @param target the generated file's bytes (UTF-8)
     * @param targetName its path in the project, for errors
     * @param patch the rendered patch (UTF-8)
     * @param patchName the patch's entry in the template, for errors
     * @return the merged document, never {@code null}
     * @throws CairnException naming the file when either is not a YAML map
     */
    static byte[] apply(byte[] target, String targetName, byte[] patch, String patchName) {
        requireMap(SafeYaml.load(target, targetName), targetName, "the generated file");
        Object patchValue = SafeYaml.load(patch, patchName);
        if (patchValue == null) {
            return target; // an empty patch (say, all of it inside a false #if) changes nothing
        }
        requireMap(patchValue, patchName, "a patch");
        String base = new String(target, StandardCharsets.UTF_8);
        String change = new String(patch, StandardCharsets.UTF_8);
        try {
            return merge(base, change, true);
        } catch (YAMLException e) {
            // SnakeYAML's comment support is younger than its parser; without comments it is plain YAML
            return merge(base, change, false);
        }
    }

    private static void requireMap(Object value, String name, String what) {
        if (value != null && !(value instanceof Map)) {
            throw new CairnException(name, 1, what + " must be a YAML map to merge a patch", "write key: value pairs at the top level");
        }
    }

    private static byte[] merge(String base, String patch, boolean comments) {
        LoaderOptions loading = new LoaderOptions();
        loading.setProcessComments(comments);
        DumperOptions dumping = new DumperOptions();
        dumping.setProcessComments(comments);
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(2);
        dumping.setIndentWithIndicator(true);
        dumping.setSplitLines(false);
        // the platform's line separator, as every other generated file (the plugin's choice)
        dumping.setLineBreak(DumperOptions.LineBreak.getPlatformLineBreak());
        Yaml yaml = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading);
        Node baseNode = yaml.compose(new StringReader(base));
        Node patchNode = yaml.compose(new StringReader(patch));
        Node merged = baseNode == null ? patchNode : merge(baseNode, patchNode);
        blockStyle(merged, new IdentityHashMap<>());
        StringWriter out = new StringWriter();
        yaml.serialize(merged, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Maps merge key by key; anything else is replaced by the patch. */
    private static Node merge(Node base, Node patch) {
        if (!(base instanceof MappingNode baseMap) || !(patch instanceof MappingNode patchMap)) {
            return patch;
        }
        List<NodeTuple> merged = new ArrayList<>(baseMap.getValue());
        for (NodeTuple change : patchMap.getValue()) {
            int at = indexOf(merged, change.getKeyNode());
            if (at < 0) {
                merged.add(change);
            } else {
                NodeTuple old = merged.get(at);
                merged.set(at, new NodeTuple(old.getKeyNode(), merge(old.getValueNode(), change.getValueNode())));
            }
        }
        baseMap.setValue(merged);
        return baseMap;
    }

    private static int indexOf(List<NodeTuple> tuples, Node key) {
        if (!(key instanceof ScalarNode wanted)) {
            return -1;
        }
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode s && s.getValue().equals(wanted.getValue())) {
                return i;
            }
        }
        return -1;
    }

    private static void blockStyle(Node node, Map<Node, Boolean> seen) {
        if (!(node instanceof CollectionNode<?> collection) || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        collection.setFlowStyle(DumperOptions.FlowStyle.BLOCK);
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                blockStyle(tuple.getKeyNode(), seen);
                blockStyle(tuple.getValueNode(), seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                blockStyle(item, seen);
            }
        }
    }
}
