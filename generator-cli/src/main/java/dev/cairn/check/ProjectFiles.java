package dev.cairn.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The files of a project that {@code cairn check} reads, found by walking it as git would see it: every
 * {@code .gitignore} applies to its folder and below (JGit's own rule matcher), and {@code .git/} and
 * {@code target/} folders are never entered, at any depth. A {@code .java} file under a {@code resources}
 * or {@code *-resources} folder ({@code src/test/resources/...}, an archetype's {@code archetype-resources}: templates,
 * fixtures) is data, not code: it goes to the secret scan.
 *
 * @param javaSources the {@code .java} files, for Checkstyle: relative to the project, '/'-separated, sorted
 * @param otherFiles every other file, for the secret scan (which also leaves out {@code secrets.ignore}), same form
 */
public record ProjectFiles(List<String> javaSources, List<String> otherFiles) {

    private static final Set<String> NEVER_ENTERED = Set.of(".git", "target");

    /**
     * @param root the project folder
     * @param secretsIgnore {@code secrets.ignore} from cairn.yaml: patterns in .gitignore syntax, relative to the
     *     project, taken out of {@link #otherFiles()} only
     */
    public static ProjectFiles scan(Path root, List<String> secretsIgnore) throws IOException {
        List<FastIgnoreRule> secretRules = new ArrayList<>();
        for (String pattern : secretsIgnore) {
            secretRules.add(new FastIgnoreRule(pattern));
        }
        IgnoreNode secretIgnores = new IgnoreNode(secretRules);
        List<String> java = new ArrayList<>();
        List<String> other = new ArrayList<>();
        // the .gitignore files of the folders being walked, deepest last, each with its folder's relative path
        Deque<Scope> scopes = new ArrayDeque<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String path = relative(root, dir);
                if (!path.isEmpty() && (NEVER_ENTERED.contains(dir.getFileName().toString()) || ignored(scopes, path, true))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Path gitignore = dir.resolve(".gitignore");
                IgnoreNode node = new IgnoreNode();
                if (Files.isRegularFile(gitignore)) {
                    try (InputStream in = Files.newInputStream(gitignore)) {
                        node.parse(gitignore.toString(), in);
                    }
                }
                scopes.addLast(new Scope(path.isEmpty() ? "" : path + "/", node));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                scopes.removeLast();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = relative(root, file);
                if (!attrs.isRegularFile() || ignored(scopes, path, false)) {
                    return FileVisitResult.CONTINUE;
                }
                if (path.endsWith("/module-info.java") || path.equals("module-info.java")) {
                    // Checkstyle's Java grammar has no module declarations: every module-info.java would be a
                    // parse error, and it holds no code for the packs to check
                    return FileVisitResult.CONTINUE;
                }
                if (path.endsWith(".java") && !isResource(path)) {
                    java.add(path);
                } else if (!Boolean.TRUE.equals(secretIgnores.checkIgnored(path, false)) && !underIgnoredFolder(secretIgnores, path)) {
                    other.add(path);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        java.sort(null);
        other.sort(null);
        return new ProjectFiles(List.copyOf(java), List.copyOf(other));
    }

    private record Scope(String folder, IgnoreNode rules) {}

    /** Under a folder named {@code resources} or {@code *-resources} (an archetype's {@code archetype-resources}). */
    private static boolean isResource(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("resources") || segments[i].endsWith("-resources")) {
                return true;
            }
        }
        return false;
    }

    /** As git decides: the deepest .gitignore with a matching rule wins; a negation ('!') un-ignores. */
    private static boolean ignored(Deque<Scope> scopes, String path, boolean directory) {
        for (Iterator<Scope> it = scopes.descendingIterator(); it.hasNext(); ) {
            Scope scope = it.next();
            Boolean ignored = scope.rules().checkIgnored(path.substring(scope.folder().length()), directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }

    /** secrets.ignore patterns that name a folder ("docs/", "fixtures") cover the files below it. */
    private static boolean underIgnoredFolder(IgnoreNode rules, String path) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (Boolean.TRUE.equals(rules.checkIgnored(path.substring(0, slash), true))) {
                return true;
            }
        }
        return false;
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
