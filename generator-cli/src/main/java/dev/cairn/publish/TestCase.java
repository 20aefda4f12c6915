package dev.cairn.publish;

import dev.cairn.CairnException;
import dev.cairn.generate.AnswersFile;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One test case of a template, {@code META-INF/cairn/tests/NAME.yaml}: a project to generate and the
 * build that must pass on it.
 * <pre>
 * description: GitLab pipeline, Spring Boot    # optional
 * answers:                                     # as in .cairn/answers.yaml; groupId and artifactId
 *   ci: gitlab                                 #   default to com.example and the case's name
 *   framework: spring-boot
 * overlays: [docker]                           # optional
 * build: mvn -B verify                         # optional, this is the default; words split on spaces,
 *                                              #   or a list of arguments
 * expect:                                      # optional: paths the project must have, or not
 *   files: [.gitlab-ci.yml]
 *   absent: [Jenkinsfile]
 * </pre>
 *
 * @param name the file's name without {@code .yaml}, never {@code null}
 * @param file how messages name the file, never {@code null}
 * @param description or {@code null}
 * @param answers the answers and overlays, with their lines, never {@code null}
 * @param build the command run in the generated project, never empty
 * @param expectFiles paths the generated project must hold
 * @param expectAbsent paths it must not hold
 */
public record TestCase(String name, String file, String description, AnswersFile answers, List<String> build,
        List<String> expectFiles, List<String> expectAbsent) {

    /** The build when a case names none: what a team runs first. */
    public static final List<String> DEFAULT_BUILD = List.of("mvn", "-B", "verify");

    static final String DEFAULT_GROUP_ID = "com.example";

    private static final List<String> KEYS = List.of("description", "answers", "overlays", "build", "expect");
    private static final List<String> EXPECT_KEYS = List.of("files", "absent");

    /**
     * @param path the case's file
     * @param shown how messages name it
     * @throws CairnException naming the file and line for bad YAML or an unknown key
     */
    public static TestCase read(Path path, String shown) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CairnException(shown, 0, "cannot read: " + e.getMessage(), null, e);
        }
        String name = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Node root = SafeYaml.compose(bytes, shown);
        if (root == null) {
            return new TestCase(name, shown, null, defaults(name, shown, new LinkedHashMap<>(), List.of()), DEFAULT_BUILD,
                    List.of(), List.of());
        }
        YamlFields fields = YamlFields.of(root, shown, "a test case", KEYS);
        Map<String, AnswersFile.Value> values = new LinkedHashMap<>();
        Node answers = fields.value("answers");
        if (answers != null && !(answers instanceof ScalarNode s && s.getValue().isEmpty())) {
            if (!(answers instanceof MappingNode mapping)) {
                throw new CairnException(shown, SafeYaml.line(answers), "answers must be a mapping of name: value",
                        "write one 'name: value' per line under 'answers:'");
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = SafeYaml.scalar(tuple.getKeyNode(), shown, "an answer's name");
                String value = SafeYaml.scalar(tuple.getValueNode(), shown, key);
                if (value == null) {
                    throw new CairnException(shown, SafeYaml.line(tuple.getValueNode()), key + " has no value",
                            "write a value after '" + key + ":', or remove the line");
                }
                values.put(key, new AnswersFile.Value(value, SafeYaml.line(tuple.getValueNode())));
            }
        }
        List<AnswersFile.Value> overlays = new ArrayList<>();
        for (Node item : fields.items("overlays")) {
            overlays.add(new AnswersFile.Value(SafeYaml.scalar(item, shown, "an overlay"), SafeYaml.line(item)));
        }
        List<String> build = build(fields, shown);
        List<String> files = List.of();
        List<String> absent = List.of();
        if (fields.value("expect") != null) {
            YamlFields expect = YamlFields.of(fields.value("expect"), shown, "expect", EXPECT_KEYS);
            files = expect.texts("files");
            absent = expect.texts("absent");
        }
        return new TestCase(name, shown, fields.text("description"), defaults(name, shown, values, overlays), build,
                files, absent);
    }

    private static List<String> build(YamlFields fields, String shown) {
        Node node = fields.value("build");
        if (node == null) {
            return DEFAULT_BUILD;
        }
        List<String> words = node instanceof ScalarNode ? List.of(fields.text("build").strip().split("\\s+"))
                : fields.texts("build");
        if (words.isEmpty() || words.get(0).isBlank()) {
            throw new CairnException(shown, fields.line("build"), "build names no command",
                    "write the command the generated project is checked with, e.g. 'build: mvn -B verify'");
        }
        return words;
    }

    /** groupId and artifactId are needed by every archetype; a case need not repeat them. */
    private static AnswersFile defaults(String name, String shown, Map<String, AnswersFile.Value> values,
            List<AnswersFile.Value> overlays) {
        Map<String, AnswersFile.Value> all = new LinkedHashMap<>();
        all.put("groupId", new AnswersFile.Value(DEFAULT_GROUP_ID, 0));
        all.put("artifactId", new AnswersFile.Value(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), 0));
        all.putAll(values);
        return new AnswersFile(shown, all, overlays);
    }
}
