package dev.cairn.update;

import dev.cairn.CairnException;
import dev.cairn.template.PathGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project's files as they are on disk, read only where the template has something to say: the
 * paths of the base, the new version, the migrations and the recorded deletions. Whatever else the
 * team added is theirs and never read.
 *
 * @param files path to file, for the regular files found
 * @param notFiles paths where something other than a regular file is (a folder, a symbolic link)
 */
record WorkTree(TreeMap<String, FileVersion> files, Set<String> notFiles) {

    /**
     * @param root the project folder
     * @param paths relative {@code /}-separated paths; one that would leave the project is skipped
     * @throws CairnException if a file cannot be read
     */
    static WorkTree read(Path root, Collection<String> paths) {
        TreeMap<String, FileVersion> files = new TreeMap<>();
        Set<String> notFiles = new HashSet<>();
        for (String path : new HashSet<>(paths)) {
            if (path.isEmpty() || PathGuard.problem(path) != null) {
                continue;
            }
            Path file = root.resolve(path);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                notFiles.add(path);
                continue;
            }
            try {
                files.put(path, new FileVersion(Files.readAllBytes(file), isExecutable(file)));
            } catch (IOException e) {
                throw new CairnException(path, 0, "cannot read: " + e.getMessage(), "check its permissions", e);
            }
        }
        return new WorkTree(files, notFiles);
    }

    private static boolean isExecutable(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(file);
        }
    }
}
