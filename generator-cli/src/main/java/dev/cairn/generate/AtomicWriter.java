package dev.cairn.generate;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a rendered tree so that the target is either complete or absent: everything goes into a
 * staging folder beside the target, which is then renamed into place. An existing non-empty target
 * is never touched.
 */
public final class AtomicWriter {

    /** Called with the staged project before it moves into place (a trusted post-generate script). */
    public interface BeforeMove {
        void accept(Path stagingRoot, Path stagedProject) throws Exception;
    }

    /**
     * @param tree what to write, never {@code null}
     * @param target the project folder to create; must not exist or be empty
     * @param stagedName the name of the project folder inside the staging root (the plugin's
     *     artifactId, so a post-generate script finds it where the plugin would put it)
     * @param beforeMove run on the staged project, or {@code null}
     * @throws CairnException if the target exists and is not empty, or writing fails (nothing is
     *     left behind)
     */
    public void write(RenderedTree tree, Path target, String stagedName, BeforeMove beforeMove) {
        Path absolute = target.toAbsolutePath().normalize();
        if (stagedName.isEmpty() || stagedName.equals(".") || stagedName.contains("/") || stagedName.contains("\\")
                || dev.cairn.template.PathGuard.problem(stagedName) != null) {
            // resolved against the staging root it would land beside it, outside what is cleaned up
            throw CairnException.of("'" + stagedName + "' cannot be a folder name", "pass a plain artifactId");
        }
        refuseNonEmpty(absolute);
        Path parent = absolute.getParent();
        Path createdParent = firstMissing(parent);
        Path staging = null;
        boolean moved = false;
        try {
            Files.createDirectories(parent);
            staging = createStaging(parent, absolute.getFileName().toString());
            Path project = staging.resolve(stagedName);
            Files.createDirectory(project);
            for (String dir : tree.directories()) {
                Files.createDirectories(project.resolve(dir));
            }
            for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
                Path path = project.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
                if (tree.isExecutable(file.getKey())) {
                    makeExecutable(path);
                }
            }
            if (beforeMove != null) {
                beforeMove.accept(staging, project);
            }
            refuseNonEmpty(absolute);
            if (Files.isDirectory(absolute)) {
                Files.delete(absolute); // empty, checked just above
            }
            try {
                Files.move(project, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(project, absolute);
            }
            moved = true;
        } catch (CairnException e) {
            throw e;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new CairnException(target.toString(), 0, "appeared while generating", "choose another --dir", e);
        } catch (Exception e) {
            throw new CairnException(target.toString(), 0, "cannot write the project: " + e.getMessage(),
                    "check that the folder is writable; nothing was written", e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
            if (!moved && createdParent != null) {
                deleteEmptyFolders(parent, createdParent);
            }
        }
    }

    /** The outermost ancestor of {@code folder} (or itself) that does not exist yet, or {@code null}. */
    private static Path firstMissing(Path folder) {
        Path missing = null;
        for (Path p = folder; p != null && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Removes the folders this run created for the target's parent, innermost first, if still empty. */
    private static void deleteEmptyFolders(Path from, Path upTo) {
        for (Path p = from; p != null; p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty any more: someone else uses it
            }
            if (p.equals(upTo)) {
                return;
            }
        }
    }

    /** Refuses a target that exists and is not an empty folder; also used by a dry run to predict the real one. */
    static void refuseNonEmpty(Path target) {
        if (Files.exists(target) || Files.isSymbolicLink(target)) {
            if (!Files.isDirectory(target) || Files.isSymbolicLink(target)) {
                throw new CairnException(target.toString(), 0, "already exists and is not a folder",
                        "choose another --dir");
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new CairnException(target.toString(), 0, "already exists and is not empty",
                            "choose another --dir, or remove the folder first");
                }
            } catch (IOException e) {
                throw new CairnException(target.toString(), 0, "cannot read: " + e.getMessage(), null, e);
            }
        }
    }

    /** A unique folder without SecureRandom: pid and clock, retried on collision. */
    private static Path createStaging(Path parent, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(".cairn-" + name + "-" + pid + "-" + Long.toHexString(System.nanoTime()));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void makeExecutable(Path path) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(path));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(path, perms);
        } catch (UnsupportedOperationException e) {
            path.toFile().setExecutable(true, false);
        }
    }

    /** Deletes a folder and everything in it, as far as it can; a staging folder's clean-up, never an error. */
    public static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the staging folder is hidden and named for this process
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
