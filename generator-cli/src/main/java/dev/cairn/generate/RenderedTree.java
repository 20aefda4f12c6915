package dev.cairn.generate;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A generated project in memory: files with their bytes and the folders that exist, empty or not.
 * Paths are relative to the project folder, {@code /}-separated, normalised (no empty, {@code .}
 * or {@code ..} segments). Iteration is in path order, so the same render gives the same tree.
 */
public final class RenderedTree {

    private final TreeMap<String, byte[]> files = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>();
    private final TreeSet<String> executables = new TreeSet<>();

    /** Whether a file or folder exists at {@code path}, as {@code File.exists()} would say on disk. */
    public boolean exists(String path) {
        return path.isEmpty() || files.containsKey(path) || directories.contains(path);
    }

    public boolean isFile(String path) {
        return files.containsKey(path);
    }

    /** Writes a file, creating its parent folders; replaces an earlier file at the same path. */
    public void putFile(String path, byte[] content) {
        addParents(path);
        files.put(path, content);
    }

    /** Creates a folder and its parents, as {@code mkdirs()} does. */
    public void mkdirs(String path) {
        if (path.isEmpty() || files.containsKey(path)) {
            return;
        }
        addParents(path);
        directories.add(path);
    }

    public void remove(String path) {
        files.remove(path);
        executables.remove(path);
    }

    /** Removes an empty folder; one that still holds anything stays. */
    public void removeDirectoryIfEmpty(String path) {
        String prefix = path + "/";
        String nextFile = files.ceilingKey(prefix);
        String nextDir = directories.ceiling(prefix);
        boolean hasChildren = (nextFile != null && nextFile.startsWith(prefix)) || (nextDir != null && nextDir.startsWith(prefix));
        if (!hasChildren) {
            directories.remove(path);
        }
    }

    public void setExecutable(String path, boolean executable) {
        if (executable) {
            executables.add(path);
        } else {
            executables.remove(path);
        }
    }

    public boolean isExecutable(String path) {
        return executables.contains(path);
    }

    public byte[] file(String path) {
        return files.get(path);
    }

    /** Files in path order. */
    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /** Every folder, empty or not, in path order. */
    public NavigableSet<String> directories() {
        return Collections.unmodifiableNavigableSet(directories);
    }

    public long totalBytes() {
        long total = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            total += e.getValue().length;
        }
        return total;
    }

    private void addParents(String path) {
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
            String parent = path.substring(0, slash);
            if (!directories.add(parent)) {
                return;
            }
            slash = parent.lastIndexOf('/');
        }
    }

    /**
     * Normalises a path the way {@code new File(dir, name)} resolves it: separators collapsed,
     * {@code .} segments dropped. {@code ..} is left in so that the caller can refuse it.
     */
    public static String normalize(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.toString();
    }
}
