package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.YamlFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** The closed set of verification types, by the name a playbook writes, and the reading of an item's {@code verify:}. */
final class Verifications {

    /** Every type, in the order the documentation lists them. */
    static final Map<String, Function<VerificationSpec, Verification>> TYPES = types();

    private Verifications() {}

    private static Map<String, Function<VerificationSpec, Verification>> types() {
        Map<String, Function<VerificationSpec, Verification>> types = new LinkedHashMap<>();
        types.put(FileExists.TYPE, FileExists::read);
        types.put(FileMatches.TYPE, FileMatches::read);
        types.put(YamlKey.TYPE, YamlKey::read);
        types.put(RulePasses.TYPE, RulePasses::read);
        types.put(SecretsClean.TYPE, SecretsClean::read);
        types.put(PipelineStage.TYPE, PipelineStage::read);
        types.put(TemplateCurrent.TYPE, TemplateCurrent::read);
        types.put(CoverageAtLeast.TYPE, CoverageAtLeast::read);
        types.put(AdrCountAtLeast.TYPE, AdrCountAtLeast::read);
        types.put(AnswerEquals.TYPE, AnswerEquals::read);
        return java.util.Collections.unmodifiableMap(types);
    }

    /**
     * Reads {@code verify: {TYPE: PARAMETERS}}: exactly one type of the closed set.
     *
     * @throws CairnException naming file and line for an unknown type, none or more than one, or bad parameters
     */
    static Verification read(Node node, String file) {
        String hint = "write one of " + String.join(", ", TYPES.keySet()) + " under verify:, e.g. 'verify: {file-exists: README.md}'";
        if (!(node instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            throw new CairnException(file, SafeYaml.line(node), "'verify' must name exactly one verification", hint);
        }
        NodeTuple only = mapping.getValue().get(0);
        String type = SafeYaml.scalar(only.getKeyNode(), file, "a verification type");
        Function<VerificationSpec, Verification> reader = TYPES.get(type);
        if (reader == null) {
            String near = YamlFields.nearest(String.valueOf(type), List.copyOf(TYPES.keySet()));
            throw new CairnException(file, SafeYaml.line(only.getKeyNode()), "unknown verification type '" + type + "'",
                    (near != null ? "did you mean '" + near + "'? " : "") + "the types are " + String.join(", ", TYPES.keySet()));
        }
        return reader.apply(new VerificationSpec(type, only.getValueNode(), file));
    }
}
