package dev.cairn.update;

import dev.cairn.CairnException;
import dev.cairn.generate.AtomicWriter;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an update into an existing project all or nothing. Every new file is first written into a
 * staging folder inside the project ({@code .cairn/.update-*}, the same file system, so renames are
 * atomic); then each file the update replaces or deletes is renamed into the staging folder as a
 * backup, and each new file renamed into place. If any step fails, the steps done are undone in
 * reverse order (backups renamed back, new files and created folders removed), and the project is
 * as it was.
 */
final class ProjectWriter {

    /** The file operations, one seam for tests that make one of them fail part-way. */
    interface Disk {
        void createDirectory(Path dir) throws IOException;

        void write(Path file, byte[] content) throws IOException;

        void setExecutable(Path file, boolean executable) throws IOException;

        void move(Path from, Path to) throws IOException;

        void delete(Path path) throws IOException;
    }

    /** The real disk. */
    static final Disk REAL = new Disk() {
        @Override
        public void createDirectory(Path dir) throws IOException {
            Files.createDirectory(dir);
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            Files.write(file, content);
        }

        @Override
        public void setExecutable(Path file, boolean executable) throws IOException {
            try {
                Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
                perms.addAll(Files.getPosixFilePermissions(file));
                if (executable) {
                    perms.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                } else {
                    perms.removeAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                }
                Files.setPosixFilePermissions(file, perms);
            } catch (UnsupportedOperationException e) {
                file.toFile().setExecutable(executable, false);
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.delete(path);
        }
    };

    /** Something done, and how to undo it. */
    private interface Undo {
        void undo() throws IOException;
    }

    private final Disk disk;

    ProjectWriter(Disk disk) {
        this.disk = disk;
    }

    /**
     * @param root the project folder
     * @param changes path (relative, {@code /}-separated) to its new version, or to {@code null} to
     *     delete it; applied in the map's order
     * @throws CairnException if writing fails; every file is then as it was
     */
    void write(Path root, Map<String, FileVersion> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Path staging = null;
        boolean keepStaging = false;
        Deque<Undo> done = new ArrayDeque<>();
        List<Path> emptied = new ArrayList<>();
        try {
            // .cairn/ exists: the answers file is there
            staging = root.resolve(".cairn").resolve(".update-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()));
            disk.createDirectory(staging);
            Path stagedFiles = staging.resolve("new");
            Path backups = staging.resolve("old");
            disk.createDirectory(stagedFiles);
            disk.createDirectory(backups);
            int n = 0;
            List<Path> staged = new ArrayList<>();
            for (FileVersion version : changes.values()) {
                Path file = stagedFiles.resolve(Integer.toString(n++));
                if (version != null) {
                    disk.write(file, version.content());
                    disk.setExecutable(file, version.executable());
                }
                staged.add(file);
            }
            n = 0;
            for (Map.Entry<String, FileVersion> change : changes.entrySet()) {
                Path target = root.resolve(change.getKey());
                Path backup = backups.resolve(Integer.toString(n));
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    disk.move(target, backup);
                    done.push(() -> disk.move(backup, target));
                    if (change.getValue() == null) {
                        emptied.add(target.getParent());
                    }
                }
                if (change.getValue() != null) {
                    createDirectories(root, target.getParent(), done);
                    Path source = staged.get(n);
                    disk.move(source, target);
                    done.push(() -> disk.move(target, source));
                }
                n++;
            }
            done.clear();
        } catch (IOException | RuntimeException e) {
            String undone = undo(done);
            keepStaging = undone != null;
            throw new CairnException(root.toString(), 0, "cannot write the update: " + e.getMessage(),
                    undone == null ? "nothing was changed; check that the project is writable"
                            : "undoing it failed too (" + undone + "); the previous files are under " + staging, e);
        } finally {
            if (staging != null && !keepStaging) {
                AtomicWriter.deleteQuietly(staging);
            }
        }
        for (Path folder : emptied) {
            deleteEmptyFolders(root, folder);
        }
    }

    /** Undoes the steps done, newest first; {@code null} when all went back, else what failed. */
    private static String undo(Deque<Undo> done) {
        String failed = null;
        while (!done.isEmpty()) {
            try {
                done.pop().undo();
            } catch (IOException | RuntimeException e) {
                failed = e.toString();
            }
        }
        return failed;
    }

    /** Creates the missing folders of {@code dir} below {@code root}, outermost first, each undone by deleting it. */
    private void createDirectories(Path root, Path dir, Deque<Undo> done) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && p.startsWith(root) && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            disk.createDirectory(p);
            done.push(() -> disk.delete(p));
        }
    }

    /** A folder a deletion left empty goes too, up to the project folder: git keeps no empty folders either. */
    private static void deleteEmptyFolders(Path root, Path folder) {
        for (Path p = folder; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return; // best effort
            }
        }
    }
}
