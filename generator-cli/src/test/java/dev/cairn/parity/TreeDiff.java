package dev.cairn.parity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two project trees completely: the same folders (empty ones included), the same files,
 * the same bytes. The report names what is missing or extra and, for the first file whose bytes
 * differ, the line and a hex dump around the first differing byte.
 */
final class TreeDiff {

    private TreeDiff() {}

    /**
     * @param expected the plugin's project folder
     * @param actual Cairn's project folder
     * @param ignoredTopLevel names at the top of {@code actual} not compared (Cairn's {@code .cairn/})
     * @return {@code null} when identical, else a readable report
     */
    static String compare(Path expected, Path actual, String... ignoredTopLevel) {
        SortedMap<String, Path> want = list(expected, new String[0]);
        SortedMap<String, Path> got = list(actual, ignoredTopLevel);
        StringBuilder report = new StringBuilder();
        TreeSet<String> missing = new TreeSet<>(want.keySet());
        missing.removeAll(got.keySet());
        TreeSet<String> extra = new TreeSet<>(got.keySet());
        extra.removeAll(want.keySet());
        if (!missing.isEmpty()) {
            report.append("missing from Cairn's output (the plugin wrote them):\n");
            missing.forEach(p -> report.append("  ").append(p).append('\n'));
        }
        if (!extra.isEmpty()) {
            report.append("extra in Cairn's output (the plugin did not write them):\n");
            extra.forEach(p -> report.append("  ").append(p).append('\n'));
        }
        List<String> differing = new ArrayList<>();
        String firstReport = null;
        for (String path : want.keySet()) {
            if (path.endsWith("/") || !got.containsKey(path)) {
                continue;
            }
            byte[] a = read(want.get(path));
            byte[] b = read(got.get(path));
            if (!Arrays.equals(a, b)) {
                differing.add(path);
                if (firstReport == null) {
                    firstReport = describe(path, a, b);
                }
            }
        }
        if (!differing.isEmpty()) {
            report.append("files whose bytes differ:\n");
            differing.forEach(p -> report.append("  ").append(p).append('\n'));
            report.append(firstReport);
        }
        return report.length() == 0 ? null : report.toString();
    }

    /** Relative paths; folders end in {@code /}. */
    static SortedMap<String, Path> list(Path root, String[] ignoredTopLevel) {
        SortedMap<String, Path> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty()) {
                    return;
                }
                String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
                if (Arrays.asList(ignoredTopLevel).contains(top)) {
                    return;
                }
                out.put(Files.isDirectory(p) ? rel + "/" : rel, p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(String path, byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < expected.length; i++) {
            if (expected[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("first difference in ").append(path).append(" at byte ").append(at).append(" (line ").append(line)
                .append("); plugin ").append(expected.length).append(" bytes, Cairn ").append(actual.length).append(" bytes\n");
        out.append("  plugin line: ").append(lineAt(expected, lineStart)).append('\n');
        out.append("  cairn  line: ").append(lineAt(actual, lineStart)).append('\n');
        int from = Math.max(0, at - 16);
        out.append("  plugin hex @").append(from).append(": ").append(hex(expected, from, at + 16)).append('\n');
        out.append("  cairn  hex @").append(from).append(": ").append(hex(actual, from, at + 16)).append('\n');
        return out.toString();
    }

    private static String lineAt(byte[] bytes, int start) {
        if (start >= bytes.length) {
            return "<end of file>";
        }
        int end = start;
        while (end < bytes.length && bytes[end] != '\n' && end - start < 200) {
            end++;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8).replace("\r", "\\r");
    }

    private static String hex(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < Math.min(to, bytes.length); i++) {
            out.append(String.format("%02x ", bytes[i] & 0xff));
        }
        return out.toString().trim();
    }
}
