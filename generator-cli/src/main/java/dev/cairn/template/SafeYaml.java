package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way Cairn reads YAML it did not write (manifests, answers files, overlay patches):
 * SnakeYAML's safe loading, bounded, every error one line naming the file and line.
 *
 * <p>Templates and answers files are untrusted, so the limits matter more than convenience: no
 * global or local tags other than YAML's plain ones (so never {@code !!java...}), no duplicate
 * keys, no merge keys ({@code <<}), at most {@value #MAX_COLLECTION_ALIASES} aliases of
 * collections (a "billion laughs" bomb fails at its 21st alias instead of expanding), no alias
 * that contains itself, nesting at most {@value #MAX_NESTING} deep, at most
 * {@value #MAX_CODE_POINTS} code points, one document per file.
 *
 * <p>Plain scalars are resolved by YAML 1.2's core schema, not SnakeYAML's YAML 1.1 default: only
 * {@code true}/{@code false} are booleans ({@code on}, {@code yes}, {@code n} stay text, so a GitHub
 * workflow's {@code on:} key survives), numbers with a leading zero ({@code 0755}) and dates stay
 * text, and {@code <<} is an ordinary key (which Cairn refuses, to avoid surprise).
 *
 * <p>{@link #compose} gives SnakeYAML's node tree, whose start marks let a reader name the line of
 * every later error ({@link #line}); {@link #load} and {@link #loadTyped} give plain Java values.
 */
public final class SafeYaml {

    /** Aliases of mappings or sequences one file may use; enough for hand-written YAML. */
    public static final int MAX_COLLECTION_ALIASES = 20;

    /** Mapping and sequence nesting. */
    public static final int MAX_NESTING = 50;

    /** 3 Mi code points, and as many bytes. */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    /** Values {@link #load} will build, aliases expanded: bounds what a small file can expand to. */
    static final int MAX_LOADED_VALUES = 1_000_000;

    private static final String SYNTAX_HINT = "fix the YAML: check indentation, and quote values that contain ': ' or ' #'";

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP, Tag.SEQ);

    private SafeYaml() {}

    /**
     * Parses one YAML document into SnakeYAML's node tree, checked against every limit above.
     *
     * <p>Scalars keep their text as written ({@link ScalarNode#getValue()}) and the tag YAML resolved
     * for them ({@code tag:yaml.org,2002:int} for {@code 70}); an alias is the same {@link Node}
     * object as its anchor. The tree has no cycles.
     *
     * @param yaml the file's bytes (UTF-8, or UTF-16/32 with a byte order mark), never {@code null}
     * @param file how errors name the file, e.g. {@code template.yaml}
     * @return the document's root node, or {@code null} when the file holds no document (empty or
     *     only comments)
     * @throws CairnException naming file and line for malformed YAML or anything the limits refuse
     */
    public static Node compose(byte[] yaml, String file) {
        if (yaml.length > MAX_CODE_POINTS) { // a byte is at most a code point; refuse before scanning
            throw tooLarge(file);
        }
        Node root;
        try (Reader reader = reader(yaml)) {
            root = newYaml().compose(reader);
        } catch (MarkedYAMLException e) {
            throw syntaxError(e, file);
        } catch (YAMLException e) {
            throw limitError(e, yaml, file);
        } catch (IOException e) {
            throw new CairnException(file, 0, "cannot read: " + e.getMessage(), null, e);
        }
        if (root != null) {
            check(root, line(root), file, Collections.newSetFromMap(new IdentityHashMap<>()),
                    Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return root;
    }

    /**
     * Reads one YAML document as plain values: {@link LinkedHashMap} with {@link String} keys in file
     * order, {@link ArrayList}, {@link String} for every scalar (its text as written: {@code 70},
     * {@code true}, {@code 1.10}), and {@code null} for YAML's null ({@code ~}, {@code null} or
     * nothing). Use it where every value is text, as the plugin's properties are.
     *
     * @param yaml the file's bytes, never {@code null}
     * @param file how errors name the file
     * @return the document, or {@code null} for an empty file
     * @throws CairnException naming file and line for bad YAML, a non-scalar mapping key, or a
     *     document that expands beyond {@value #MAX_LOADED_VALUES} values through aliases
     */
    public static Object load(byte[] yaml, String file) {
        Node root = compose(yaml, file);
        return root == null ? null : new Plain(file).value(root);
    }

    /**
     * Reads one YAML document with SnakeYAML's {@link SafeConstructor}: like {@link #load} but
     * scalars, keys included, are typed by the core schema: {@link Integer}, {@link Long} or {@link
     * java.math.BigInteger} ({@code 8080}, {@code 0x1F}), {@link Double} ({@code 0.5}, {@code .inf}),
     * {@link Boolean} ({@code true}, {@code false}), {@code null}, else {@link String}. For YAML Cairn
     * merges and writes back (overlay patches), where {@code port: 8080} must stay a number.
     *
     * @param yaml the file's bytes, never {@code null}
     * @param file how errors name the file
     * @return the document, or {@code null} for an empty file
     * @throws CairnException as {@link #load} does
     */
    public static Object loadTyped(byte[] yaml, String file) {
        Node root = compose(yaml, file);
        if (root == null) {
            return null;
        }
        new Plain(file).value(root); // the expansion bound and key checks, with lines
        try {
            return new TypedConstructor(options()).construct(root);
        } catch (MarkedYAMLException e) {
            throw syntaxError(e, file);
        } catch (YAMLException e) {
            throw new CairnException(file, 0, message(e.getMessage()), SYNTAX_HINT);
        }
    }

    /** The 1-based line where a node starts. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * A scalar's text, or {@code null} for YAML's null. Numbers and booleans give their text as
     * written, so {@code default: 70} reads as {@code "70"}.
     *
     * @throws CairnException naming the line if the node is a mapping or a sequence
     */
    public static String scalar(Node node, String file, String what) {
        if (node instanceof ScalarNode s) {
            return Tag.NULL.equals(s.getTag()) ? null : s.getValue();
        }
        throw new CairnException(file, line(node), what + " must be a single value, not a " + kind(node), null);
    }

    /** "mapping", "list" or "value", for messages. */
    public static String kind(Node node) {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "value";
    }

    private static Reader reader(byte[] yaml) {
        return new UnicodeReader(new ByteArrayInputStream(yaml));
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        options.setTagInspector(tag -> false); // no global tag is ever constructed
        return options;
    }

    private static Yaml newYaml() {
        LoaderOptions options = options();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new CoreSchema());
    }

    /** Tags, duplicate keys, merge keys and cycles; each shared node is checked once. */
    private static void check(Node node, int referencedAt, String file, Set<Node> path, Set<Node> done) {
        if (path.contains(node)) {
            throw new CairnException(file, referencedAt, "an alias refers to a node that contains it",
                    "recursive YAML is not allowed; write the value out");
        }
        if (!done.add(node)) {
            return;
        }
        Tag tag = node.getTag();
        if (!PLAIN_TAGS.contains(tag)) {
            String shown = tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length())
                    : tag.getValue();
            throw new CairnException(file, line(node), "tag '" + shown + "' is not allowed",
                    "Cairn reads plain YAML only: remove the tag");
        }
        path.add(node);
        if (node instanceof MappingNode mapping) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (key instanceof ScalarNode k && k.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                        && k.getValue().equals("<<")) {
                    throw new CairnException(file, line(key), "merge keys ('<<') are not supported",
                            "write the keys out instead of merging an anchor");
                }
                check(key, line(key), file, path, done);
                if (key instanceof ScalarNode scalar) {
                    Node first = seen.putIfAbsent(scalar.getValue(), key);
                    if (first != null) {
                        throw new CairnException(file, line(key), "duplicate key '" + scalar.getValue() + "'",
                                "it is already set on line " + line(first) + "; keep one");
                    }
                }
                check(tuple.getValueNode(), line(key), file, path, done);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                check(item, line(sequence), file, path, done);
            }
        }
        path.remove(node);
    }

    private static CairnException syntaxError(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        if (problem != null && problem.startsWith("Global tag is not allowed: ")) {
            String tag = problem.substring("Global tag is not allowed: ".length());
            String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
            return new CairnException(file, mark == null ? 0 : mark.getLine() + 1, "tag '" + shown + "' is not allowed",
                    "Cairn reads plain YAML only: remove the tag");
        }
        // "while parsing a block mapping" names where SnakeYAML was, not what is wrong: keep the
        // context only when the problem does not make sense alone ("but found another document")
        String context = e.getContext();
        // a quote or bracket left open is only noticed at the end of the file, often past its last
        // line; the context mark is where it was opened, the line to fix
        boolean atEnd = problem != null && (problem.contains("end of stream") || problem.contains("<stream end>"));
        if (atEnd && context != null && e.getContextMark() != null) {
            mark = e.getContextMark();
        }
        String text = problem == null ? "malformed YAML"
                : context != null && (problem.startsWith("but ") || atEnd) ? context + ", " + problem : problem;
        String hint = text.contains("another document") ? "a file holds one YAML document: remove the second '---'"
                : SYNTAX_HINT;
        return new CairnException(file, mark == null ? 0 : mark.getLine() + 1, message(text), hint, e);
    }

    /**
     * SnakeYAML reports its limits without a position; one more pass over the parser's events (which
     * expand nothing) finds the line that crossed the limit.
     */
    private static CairnException limitError(YAMLException e, byte[] yaml, String file) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new CairnException(file, lineOfBadUtf8(yaml), "is not valid UTF-8", "save the file as UTF-8");
        }
        String text = String.valueOf(e.getMessage());
        if (text.startsWith("Number of aliases")) {
            return new CairnException(file, lineOfAlias(yaml, MAX_COLLECTION_ALIASES + 1),
                    "more than " + MAX_COLLECTION_ALIASES + " aliases of mappings or lists",
                    "expand the YAML by hand; anchors and aliases are limited to keep alias bombs out");
        }
        if (text.startsWith("Nesting Depth")) {
            return new CairnException(file, lineOfDepth(yaml, MAX_NESTING + 1),
                    "mappings and lists are nested more than " + MAX_NESTING + " deep", "flatten the YAML");
        }
        if (text.contains("exceeds the limit")) {
            return tooLarge(file);
        }
        return new CairnException(file, 0, message(text), SYNTAX_HINT, e);
    }

    private static CairnException tooLarge(String file) {
        return new CairnException(file, 0, "is larger than " + (MAX_CODE_POINTS >> 20) + " MiB",
                "YAML files Cairn reads are small; this one is not what Cairn expects");
    }

    private static int lineOfBadUtf8(byte[] yaml) {
        ByteBuffer in = ByteBuffer.wrap(yaml);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .decode(in, CharBuffer.allocate(yaml.length), true);
        if (!result.isError()) {
            return 0; // not UTF-8 at all (UTF-16 with a byte order mark): no line to name
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (yaml[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOfAlias(byte[] yaml, int count) {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        try (Reader reader = reader(yaml)) {
            for (Event event : newYaml().parse(reader)) {
                if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                    collectionAnchors.add(start.getAnchor());
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++aliases >= count) {
                    return event.getStartMark().getLine() + 1;
                }
            }
        } catch (IOException | YAMLException ignored) {
            // the line is a courtesy; the error stands without it
        }
        return 0;
    }

    private static int lineOfDepth(byte[] yaml, int depth) {
        int current = 0;
        try (Reader reader = reader(yaml)) {
            for (Event event : newYaml().parse(reader)) {
                if (event instanceof CollectionStartEvent && ++current >= depth) {
                    return event.getStartMark().getLine() + 1;
                } else if (event instanceof CollectionEndEvent) {
                    current--;
                }
            }
        } catch (IOException | YAMLException ignored) {
            // as above
        }
        return 0;
    }

    /** SnakeYAML messages end with a position excerpt on later lines; the first line says it. */
    private static String message(String text) {
        return text.split("\n")[0].trim();
    }

    /** Builds plain values, counting what aliases expand to. */
    private static final class Plain {
        private final String file;
        private int built;

        Plain(String file) {
            this.file = file;
        }

        Object value(Node node) {
            if (++built > MAX_LOADED_VALUES) {
                throw new CairnException(file, line(node), "the YAML expands to more than " + MAX_LOADED_VALUES
                        + " values through its aliases", "expand the YAML by hand; aliases are limited");
            }
            if (node instanceof MappingNode mapping) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node key = tuple.getKeyNode();
                    if (!(key instanceof ScalarNode)) {
                        throw new CairnException(file, line(key), "a key must be a single value, not a " + kind(key),
                                "use plain text keys");
                    }
                    map.put(((ScalarNode) key).getValue(), value(tuple.getValueNode()));
                }
                return map;
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> list = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    list.add(value(item));
                }
                return list;
            }
            return scalar(node, file, "a value");
        }
    }

    /** SafeConstructor for one already-composed node. */
    private static final class TypedConstructor extends SafeConstructor {
        TypedConstructor(LoaderOptions options) {
            super(options);
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }

    /**
     * YAML 1.2's core schema for plain scalars, narrowed to what {@link SafeConstructor} reads the
     * same way: decimal integers without a leading zero and {@code 0x} hex; floats without a leading
     * zero; {@code true}/{@code false} in three spellings; {@code ~}, {@code null} or nothing.
     */
    private static final class CoreSchema extends Resolver {
        private static final Pattern BOOL_12 =
                Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
        private static final Pattern INT_12 =
                Pattern.compile("^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+)$");
        private static final Pattern FLOAT_12 = Pattern.compile(
                "^(?:[-+]?(?:\\.[0-9]+|(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
        private static final Pattern NULL_12 = Pattern.compile("^(?:~|null|Null|NULL|)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL_12, "tTfF");
            addImplicitResolver(Tag.INT, INT_12, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT_12, "-+.0123456789");
            addImplicitResolver(Tag.NULL, NULL_12, "~nN\0");
        }
    }
}
