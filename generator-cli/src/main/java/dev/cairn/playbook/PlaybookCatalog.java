package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.rules.archunit.CairnConfig;
import dev.cairn.template.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The playbooks a project can use, by id, from three places; a later one overrides an earlier one's playbook of the
 * same id:
 * <ol>
 *   <li>the bundled ones: the cairn-playbooks jar on Cairn's classpath ({@value #JAR_FOLDER}, listed in its index);
 *   <li>an organisation's: each folder or jar cairn.yaml names under {@code playbook-sources}, in order (a folder holds
 *       {@code *.yaml} files; a jar is laid out like cairn-playbooks);
 *   <li>the project's own: {@code *.yaml} in {@value #PROJECT_FOLDER}.
 * </ol>
 */
public final class PlaybookCatalog {

    /** Where a playbook jar (cairn-playbooks, an organisation's) holds its playbooks. */
    public static final String JAR_FOLDER = "META-INF/cairn/playbooks/";

    /** Where a project keeps playbooks of its own. */
    public static final String PROJECT_FOLDER = ".cairn/playbooks";

    /** What {@link Playbook#origin()} says of the bundled playbooks. */
    public static final String BUNDLED = "bundled";

    private final Map<String, Playbook> byId;

    private PlaybookCatalog(Map<String, Playbook> byId) {
        this.byId = byId;
    }

    /**
     * Reads every playbook the project can see.
     *
     * @throws CairnException naming the file and line of a malformed playbook, a {@code playbook-sources} entry that
     *     does not exist, or two playbooks of one id in one place
     */
    public static PlaybookCatalog of(Project project) throws IOException {
        Map<String, Playbook> byId = new LinkedHashMap<>();
        putAll(byId, bundled());
        for (String source : project.config().playbookSources()) {
            putAll(byId, source(project.root(), source));
        }
        Path own = project.root().resolve(PROJECT_FOLDER);
        if (Files.isDirectory(own)) {
            putAll(byId, folder(own, PROJECT_FOLDER));
        }
        return new PlaybookCatalog(byId);
    }

    /** Every playbook, bundled ones first, each id once (the one in effect). */
    public List<Playbook> all() {
        return List.copyOf(byId.values());
    }

    /**
     * @throws CairnException if there is no playbook of that id, naming the ones there are
     */
    public Playbook get(String id) {
        Playbook playbook = byId.get(id);
        if (playbook == null) {
            throw CairnException.of("no playbook '" + id + "'", "the playbooks are " + String.join(", ", byId.keySet())
                    + " ('cairn playbook list'); a project adds its own in " + PROJECT_FOLDER + "/");
        }
        return playbook;
    }

    /**
     * The playbooks cairn.yaml's {@code playbooks:} names, in its order.
     *
     * @throws CairnException naming cairn.yaml's line for an id there is no playbook of
     */
    public List<Playbook> followedBy(Project project) throws IOException {
        List<Playbook> followed = new ArrayList<>();
        for (String id : project.config().playbooks()) {
            if (!byId.containsKey(id)) {
                throw new CairnException(CairnConfig.FILE_NAME, lineOfPlaybook(project, id), "no playbook '" + id + "'",
                        "the playbooks are " + String.join(", ", byId.keySet()) + "; a project adds its own in " + PROJECT_FOLDER + "/");
            }
            followed.add(byId.get(id));
        }
        return followed;
    }

    private static void putAll(Map<String, Playbook> byId, List<Playbook> playbooks) {
        Map<String, Playbook> here = new HashMap<>();
        for (Playbook playbook : playbooks) {
            Playbook twin = here.putIfAbsent(playbook.id(), playbook);
            if (twin != null) {
                throw new CairnException(playbook.file(), 0, "playbook id '" + playbook.id() + "' is also the id of " + twin.file(),
                        "give each playbook of one place its own id");
            }
            byId.remove(playbook.id()); // the override takes the overridden one's place at the end
            byId.put(playbook.id(), playbook);
        }
    }

    private static List<Playbook> bundled() throws IOException {
        List<Playbook> playbooks = new ArrayList<>();
        ClassLoader loader = PlaybookCatalog.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(JAR_FOLDER + "index")) {
            if (index == null) {
                return playbooks; // Cairn built without cairn-playbooks: only the project's own
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(JAR_FOLDER + name)) {
                    if (in == null) {
                        throw new IllegalStateException("cairn-playbooks lists " + name + " in its index but does not hold it");
                    }
                    playbooks.add(PlaybookReader.read(bounded(in, name), JAR_FOLDER + name, BUNDLED));
                }
            }
        }
        return playbooks;
    }

    private static List<Playbook> source(Path root, String source) throws IOException {
        Path path = root.resolve(source).normalize();
        if (Files.isDirectory(path)) {
            return folder(path, source);
        }
        if (Files.isRegularFile(path)) {
            return jar(path, source);
        }
        throw new CairnException(CairnConfig.FILE_NAME, 0, "playbook source '" + source + "' does not exist",
                "playbook-sources lists folders of playbook YAML files or playbook jars, relative to the project");
    }

    private static List<Playbook> folder(Path folder, String shownAs) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            entries.forEach(files::add);
        }
        files.sort(null);
        List<Playbook> playbooks = new ArrayList<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                String name = shownAs + "/" + file.getFileName();
                playbooks.add(PlaybookReader.read(Files.readAllBytes(file), name, shownAs));
            }
        }
        return playbooks;
    }

    private static List<Playbook> jar(Path jar, String shownAs) throws IOException {
        List<Playbook> playbooks = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String rest = entry.getName().startsWith(JAR_FOLDER) ? entry.getName().substring(JAR_FOLDER.length()) : "";
                if (!entry.isDirectory() && !rest.contains("/") && (rest.endsWith(".yaml") || rest.endsWith(".yml"))) {
                    entries.add(entry);
                }
            }
            entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
            for (ZipEntry entry : entries) {
                String name = shownAs + "!/" + entry.getName();
                try (InputStream in = zip.getInputStream(entry)) {
                    playbooks.add(PlaybookReader.read(bounded(in, name), name, shownAs));
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new CairnException(shownAs, 0, "not a jar: " + e.getMessage(), "playbook-sources lists folders or jars");
        }
        if (playbooks.isEmpty()) {
            throw new CairnException(shownAs, 0, "holds no playbook under " + JAR_FOLDER, "put the playbooks' YAML files there");
        }
        return playbooks;
    }

    /** Reads at most what SafeYaml accepts, so that a packed entry cannot unpack without bound. */
    private static byte[] bounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(SafeYaml.MAX_CODE_POINTS + 1);
        if (bytes.length > SafeYaml.MAX_CODE_POINTS) {
            throw new CairnException(name, 0, "is larger than " + (SafeYaml.MAX_CODE_POINTS >> 20) + " MiB", "a playbook is a small YAML file");
        }
        return bytes;
    }

    /** The line of cairn.yaml that names a playbook id, or 0. */
    private static int lineOfPlaybook(Project project, String id) throws IOException {
        Path file = project.root().resolve(CairnConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Node root = SafeYaml.compose(Files.readAllBytes(file), CairnConfig.FILE_NAME);
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("playbooks")) {
                    Node value = tuple.getValueNode();
                    List<Node> ids = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
                    for (Node node : ids) {
                        if (node instanceof ScalarNode scalar && scalar.getValue().strip().equals(id)) {
                            return SafeYaml.line(node);
                        }
                    }
                    return SafeYaml.line(value);
                }
            }
        }
        return 0;
    }
}
