package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Whole-tree comparisons and fixture jars for tests. */
final class Trees {

    private Trees() {}

    /** Deletes {@code root} and everything under it; nothing when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Every file (with its bytes) and every folder below {@code root}, by relative path. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                out.put(name, Files.isDirectory(p) ? "<dir>"
                        : "bytes:" + java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /**
     * Asserts the same folders and the same files with the same bytes; Cairn's own {@code .cairn/}
     * at the top of {@code actual} is the one thing the plugin does not write, so it is set aside.
     */
    static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, String> want = snapshot(expected);
        Map<String, String> got = snapshot(actual);
        got.keySet().removeIf(name -> name.equals(".cairn") || name.startsWith(".cairn/"));
        List<String> differences = new ArrayList<>();
        for (String name : want.keySet()) {
            if (!got.containsKey(name)) {
                differences.add("missing: " + name);
            } else if (!got.get(name).equals(want.get(name))) {
                differences.add("differs: " + name);
            }
        }
        for (String name : got.keySet()) {
            if (!want.containsKey(name)) {
                differences.add("extra: " + name);
            }
        }
        assertThat(differences).as("Cairn's tree %s against the plugin's %s", actual, expected).isEmpty();
    }

    /** Zips a folder laid out like an archetype jar, folders as entries, in name order. */
    static Path jar(Path folder, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Map<String, Path> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (!name.isEmpty()) {
                    entries.put(Files.isDirectory(p) ? name + "/" : name, p);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    zip.write(Files.readAllBytes(e.getValue()));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }
}
