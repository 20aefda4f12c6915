package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.generate.AnswerConditions;
import dev.cairn.template.SafeYaml;
import dev.cairn.template.YamlFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a playbook (format: docs/playbook-format.md) from {@link SafeYaml}'s node tree, so that every error is one line
 * naming the file and line: unknown keys, missing ones, duplicate ids, an item with both or neither of {@code verify}
 * and {@code signoff}, an unknown verification type, a {@code when} that does not parse.
 */
public final class PlaybookReader {

    /** Playbook ids, as cairn.yaml's {@code playbooks:} accepts them. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern PART_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final List<String> TOP_KEYS = List.of("id", "title", "version", "description", "sections");
    private static final List<String> SECTION_KEYS = List.of("id", "title", "items");
    private static final List<String> ITEM_KEYS = List.of("id", "title", "why", "level", "verify", "signoff", "when");

    private final String file;
    private final AnswerConditions conditions = AnswerConditions.over(Map.of());
    private final Map<String, Integer> itemLines = new HashMap<>();

    private PlaybookReader(String file) {
        this.file = file;
    }

    /**
     * @param yaml the file's bytes
     * @param file how errors and reports name it, e.g. {@code .cairn/playbooks/release.yaml}
     * @param origin where it came from, for {@code list}: {@code bundled}, a folder, a jar
     * @throws CairnException naming the file and line of the first problem
     */
    public static Playbook read(byte[] yaml, String file, String origin) {
        Node root = SafeYaml.compose(yaml, file);
        if (root == null) {
            throw new CairnException(file, 0, "is empty", "a playbook has id, title, version and sections");
        }
        return new PlaybookReader(file).playbook(root, origin);
    }

    private Playbook playbook(Node root, String origin) {
        YamlFields top = YamlFields.of(root, file, "the playbook", TOP_KEYS);
        String id = top.required("id", "add 'id: my-playbook', the name cairn.yaml and the commands use");
        if (!ID.matcher(id).matches()) {
            throw error(top.value("id"), "id '" + id + "' is not a valid playbook id", "use lower-case letters, digits, '.', '_' and '-'");
        }
        String title = oneLine(top, "title", "add 'title: ...', one line");
        String version = top.required("version", "add 'version: 1.0.0'; sign-offs record it");
        String description = top.has("description") ? top.text("description").strip() : "";
        List<Node> sectionNodes = list(top, "sections", "add 'sections:', a list of sections with items");
        List<Playbook.Section> sections = new ArrayList<>();
        Map<String, Integer> sectionLines = new HashMap<>();
        for (Node node : sectionNodes) {
            YamlFields fields = YamlFields.of(node, file, "a section", SECTION_KEYS);
            String sectionId = partId(fields, "section");
            Integer first = sectionLines.putIfAbsent(sectionId, fields.line("id"));
            if (first != null) {
                throw error(fields.value("id"), "section id '" + sectionId + "' is used twice", "it is already used on line " + first);
            }
            List<Item> items = new ArrayList<>();
            for (Node item : list(fields, "items", "add 'items:', a list of items")) {
                items.add(item(item));
            }
            sections.add(new Playbook.Section(sectionId, oneLine(fields, "title", "add 'title: ...' to the section"), items));
        }
        return new Playbook(id, title, version, description, sections, origin, file);
    }

    private Item item(Node node) {
        YamlFields fields = YamlFields.of(node, file, "an item", ITEM_KEYS);
        String id = partId(fields, "item");
        Integer first = itemLines.putIfAbsent(id, fields.line("id"));
        if (first != null) {
            throw error(fields.value("id"), "item id '" + id + "' is used twice", "item ids are unique in a playbook; it is already used on line " + first);
        }
        String title = oneLine(fields, "title", "add 'title: ...', what must be true");
        String why = fields.required("why", "add 'why: ...', what goes wrong without it").strip();
        Item.Level level = level(fields);
        boolean verify = fields.present("verify");
        boolean signoff = fields.present("signoff");
        if (verify == signoff) {
            throw error(fields.node(), "item '" + id + "' needs " + (verify ? "either verify or signoff, not both" : "verify or signoff"),
                    "an item is verified automatically (verify: {file-exists: ...}) or signed off by a person (signoff: service owner)");
        }
        Verification verification = verify ? Verifications.read(fields.value("verify"), file) : null;
        String signer = signoff ? fields.required("signoff", "name who signs it off, e.g. 'signoff: service owner'").strip() : null;
        String when = null;
        if (fields.has("when")) {
            when = fields.text("when").strip();
            conditions.holds(when, file, fields.line("when")); // a condition that does not parse fails here, with its line
        }
        return new Item(id, title, why, level, verification, signer, when, fields.line("id"));
    }

    private Item.Level level(YamlFields fields) {
        String level = fields.required("level", "add 'level: required' or 'level: recommended'");
        for (Item.Level candidate : Item.Level.values()) {
            if (candidate.id().equals(level)) {
                return candidate;
            }
        }
        throw error(fields.value("level"), "level '" + level + "' is unknown", "use required or recommended");
    }

    private String partId(YamlFields fields, String what) {
        String id = fields.required("id", "give the " + what + " an id: lower-case letters, digits and '-'");
        if (!PART_ID.matcher(id).matches()) {
            throw error(fields.value("id"), what + " id '" + id + "' is not valid", "use lower-case letters, digits and '-'");
        }
        return id;
    }

    private String oneLine(YamlFields fields, String key, String hint) {
        String text = fields.required(key, hint).strip();
        if (text.contains("\n")) {
            throw error(fields.value(key), "'" + key + "' must be one line", "put the longer text in 'why' or 'description'");
        }
        return text;
    }

    private List<Node> list(YamlFields fields, String key, String hint) {
        Node node = fields.value(key);
        if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            return sequence.getValue();
        }
        throw error(node == null ? fields.node() : node, "'" + key + "' must be a non-empty list", hint);
    }

    private CairnException error(Node node, String message, String hint) {
        return new CairnException(file, SafeYaml.line(node), message, hint);
    }
}
