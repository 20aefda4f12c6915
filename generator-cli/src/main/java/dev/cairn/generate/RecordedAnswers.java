package dev.cairn.generate;

import dev.cairn.CairnVersion;
import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.VelocityContext;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code .cairn/answers.yaml}: the template and answers a project was generated from, so that
 * {@code update} and {@code diff} can render it again and {@code --answers} can reuse it. Format:
 * docs/template-manifest.md. It names the secrets a project needs, never a value.
 */
public final class RecordedAnswers {

    /** Where the file is in a generated project. */
    public static final String PATH = ".cairn/answers.yaml";

    private static final String HEADER = "# Written by cairn new and cairn update: the template and answers this project follows.";

    private RecordedAnswers() {}

    /**
     * The secrets a project with these answers needs: those declared without {@code when}, or whose
     * {@code when} holds.
     */
    public static List<Manifest.Secret> secrets(Template template, Answers answers, TemplateEngine engine) {
        if (template.manifest() == null || template.manifest().secrets().isEmpty()) {
            return List.of();
        }
        VelocityContext context = AnswerContext.of(answers.properties(), engine);
        List<Manifest.Secret> needed = new ArrayList<>();
        for (Manifest.Secret secret : template.manifest().secrets()) {
            if (Conditions.holds(engine, context, secret.when(), secret.line())) {
                needed.add(secret);
            }
        }
        return needed;
    }

    /**
     * The answers in the order the file lists them: the built-ins first ({@code groupId},
     * {@code artifactId}, {@code version}, {@code package}), then the descriptor's properties in
     * its order. {@link Properties} itself has no order to offer.
     */
    public static Map<String, String> ordered(Template template, Answers answers) {
        Set<String> keys = new LinkedHashSet<>(ArchetypeProperties.BUILT_INS);
        for (ArchetypeProperties.Declared d : ArchetypeProperties.declared(template)) {
            keys.add(d.key());
        }
        keys.addAll(answers.properties().stringPropertyNames()); // none expected; never drop one
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : keys) {
            String value = answers.get(key);
            if (value != null) {
                ordered.put(key, value);
            }
        }
        return ordered;
    }

    /**
     * @param template the template rendered
     * @param answers the answers rendered with
     * @param secrets from {@link #secrets}
     * @return the file's bytes (UTF-8), the same for the same inputs
     */
    public static byte[] write(Template template, Answers answers, List<Manifest.Secret> secrets) {
        return write(template, answers, secrets, List.of());
    }

    /**
     * The file as {@code cairn update} writes it: also the template's files the team deleted, which
     * stay deleted in later updates unless the template changes them.
     *
     * @param deleted paths in path order, never {@code null}; the key is left out when empty
     */
    public static byte[] write(Template template, Answers answers, List<Manifest.Secret> secrets, List<String> deleted) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cairn", CairnVersion.get());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", template.id());
        source.put("source", template.source().describe());
        if (template.version() != null) {
            source.put("version", template.version());
        }
        root.put("template", source);
        root.put("answers", ordered(template, answers));
        root.put("overlays", new ArrayList<>(answers.overlays()));
        List<Map<String, String>> declared = new ArrayList<>();
        for (Manifest.Secret secret : secrets) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", secret.name());
            entry.put("env", secret.env());
            declared.add(entry);
        }
        root.put("secrets", declared);
        if (!deleted.isEmpty()) {
            root.put("deleted", new ArrayList<>(deleted));
        }

        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.getPlatformLineBreak());
        // SnakeYAML's representer and serializer directly: the Yaml facade would also build a
        // constructor, whose TypeDescription starts java.util.logging (about 10 ms of every run)
        Node node = node(root);
        // a short list of names reads best on one line, as the format's documentation shows it
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (((ScalarNode) tuple.getKeyNode()).getValue().equals("overlays")) {
                ((SequenceNode) tuple.getValueNode()).setFlowStyle(DumperOptions.FlowStyle.FLOW);
            }
        }
        StringWriter out = new StringWriter();
        out.write(HEADER);
        out.write(System.lineSeparator());
        try {
            Serializer serializer = new Serializer(new Emitter(out, options), new Resolver(), options, null);
            serializer.open();
            serializer.serialize(node);
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Plain maps, lists and strings as SnakeYAML nodes; the emitter quotes what needs quoting. */
    private static Node node(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                tuples.add(new NodeTuple(node(String.valueOf(e.getKey())), node(e.getValue())));
            }
            return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
        }
        if (value instanceof List<?> list) {
            List<Node> items = new ArrayList<>();
            for (Object item : list) {
                items.add(node(item));
            }
            return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
        }
        if (value == null) {
            return new ScalarNode(Tag.NULL, "null", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        return new ScalarNode(Tag.STR, value.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
