package dev.cairn.playbook;

import dev.cairn.CairnException;
import dev.cairn.check.ArchUnitRun;
import dev.cairn.check.CheckstyleRun;
import dev.cairn.check.CheckstyleSetup;
import dev.cairn.check.Finding;
import dev.cairn.check.Progress;
import dev.cairn.check.ProjectFiles;
import dev.cairn.generate.AnswersFile;
import dev.cairn.generate.RecordedAnswers;
import dev.cairn.rules.archunit.CairnConfig;
import dev.cairn.rules.archunit.CairnConfigException;
import dev.cairn.template.SafeYaml;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project a playbook is evaluated on: its folder and, read once and only when an item asks, its cairn.yaml, its
 * recorded template answers, and what the rule packs find in it. One instance serves one {@code status} run, so that
 * ten {@code rule-passes} items run Checkstyle once.
 */
public final class Project {

    /** Where compiled classes are, as Maven puts them: the ArchUnit rules need them. */
    public static final String CLASSES = "target/classes";

    private final Path root;
    private CairnConfig config;
    private ProjectFiles files;
    private List<Finding> checkstyle;
    private List<Finding> archunit;
    private Map<String, Object> recorded;
    private Map<String, String> answers;

    private Project(Path root) {
        this.root = root;
    }

    /**
     * @param root the project folder
     * @throws CairnException if it is not a folder
     */
    public static Project at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new CairnException(root.toString(), 0, "not a folder", "pass the project's folder with --dir");
        }
        return new Project(absolute);
    }

    public Path root() {
        return root;
    }

    /**
     * The project's cairn.yaml, or the defaults without one.
     *
     * @throws CairnException naming the line when cairn.yaml is malformed
     */
    public CairnConfig config() {
        if (config == null) {
            try {
                config = CairnConfig.load(root);
            } catch (CairnConfigException e) {
                throw new CairnException(e.file() == null ? CairnConfig.FILE_NAME : e.file(), e.line(), e.getMessage(), e.hint(), e);
            }
        }
        return config;
    }

    /**
     * The regular files matching a glob relative to the project ({@code docs/adr/*.md}, {@code **}{@code /Jenkinsfile}),
     * or the one file a plain path names. {@code .git} is never entered; the walk starts at the glob's literal folder.
     *
     * @return '/'-separated paths relative to the root, sorted
     */
    public List<String> files(String glob) throws IOException {
        int wild = firstWildcard(glob);
        if (wild < 0) {
            return Files.isRegularFile(root.resolve(glob)) ? List.of(glob) : List.of();
        }
        int slash = glob.lastIndexOf('/', wild);
        Path start = slash < 0 ? root : root.resolve(glob.substring(0, slash));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        // Java's '**/x' needs a folder before x; a glob that starts with it means x at any depth, the root's too
        PathMatcher atRoot = glob.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)) : matcher;
        List<String> found = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(file);
                if (attrs.isRegularFile() && (matcher.matches(Path.of(relative)) || atRoot.matches(Path.of(relative)))) {
                    found.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static int firstWildcard(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if ("*?[{".indexOf(glob.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text of a file relative to the root, UTF-8. */
    public String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative));
    }

    /** The bytes of a file relative to the root. */
    public byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(root.resolve(relative));
    }

    /** The Java sources and other files, as {@code cairn check} sees them (.gitignore respected). */
    public ProjectFiles projectFiles() throws IOException {
        if (files == null) {
            files = ProjectFiles.scan(root, config().secrets().ignore());
        }
        return files;
    }

    /** What the Checkstyle pack (cairn.yaml's configuration) finds in the Java sources, errors and warnings. */
    public List<Finding> checkstyleFindings() throws IOException {
        if (checkstyle == null) {
            CairnConfig.Checkstyle settings = config().checkstyle();
            CheckstyleSetup setup = CheckstyleSetup.of(root, Optional.of(settings.config()), settings.suppressions());
            checkstyle = CheckstyleRun.run(root, projectFiles().javaSources(), setup, Runtime.getRuntime().availableProcessors(),
                    false, Progress.NONE).findings();
        }
        return checkstyle;
    }

    /**
     * What the ArchUnit pack finds in the compiled classes, or empty when there are none ({@value #CLASSES} missing
     * or without a class file): the project has not been built.
     */
    public Optional<List<Finding>> archunitFindings() throws IOException {
        if (archunit == null) {
            Path classes = root.resolve(CLASSES);
            if (!hasClassFiles(classes)) {
                return Optional.empty();
            }
            archunit = ArchUnitRun.run(config(), classes, root, projectFiles().javaSources(), false);
        }
        return Optional.of(archunit);
    }

    private static boolean hasClassFiles(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.anyMatch(p -> p.toString().endsWith(".class"));
        }
    }

    /** Whether the project records how it was generated ({@code .cairn/answers.yaml}). */
    public boolean hasRecordedAnswers() {
        return Files.isRegularFile(root.resolve(RecordedAnswers.PATH));
    }

    /**
     * The template answers {@code .cairn/answers.yaml} records, in its order; empty without the file.
     *
     * @throws CairnException naming the line when the file is malformed
     */
    public Map<String, String> answers() throws IOException {
        if (answers == null) {
            Map<String, String> values = new LinkedHashMap<>();
            if (hasRecordedAnswers()) {
                AnswersFile.parse(bytes(RecordedAnswers.PATH), RecordedAnswers.PATH).values()
                        .forEach((name, value) -> values.put(name, value.text()));
            }
            answers = values;
        }
        return answers;
    }

    /**
     * A value under {@code template:} of {@code .cairn/answers.yaml} ({@code source}, {@code version}, {@code id}).
     *
     * @return the value, empty without the file or the key
     */
    public Optional<String> recordedTemplate(String key) throws IOException {
        if (recorded == null) {
            recorded = new LinkedHashMap<>();
            if (hasRecordedAnswers() && SafeYaml.load(bytes(RecordedAnswers.PATH), RecordedAnswers.PATH) instanceof Map<?, ?> map
                    && map.get("template") instanceof Map<?, ?> template) {
                template.forEach((k, v) -> recorded.put(String.valueOf(k), v));
            }
        }
        return recorded.get(key) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
