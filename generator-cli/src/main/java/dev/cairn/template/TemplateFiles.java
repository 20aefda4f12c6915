package dev.cairn.template;

import dev.cairn.CairnException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The files of a template as an archetype jar holds them: entry names with {@code /} separators,
 * folders ending in {@code /}, in the archive's order.
 *
 * <p>Everything is read into memory once, and every name is checked on the way in: a name with a
 * {@code ..} segment, an absolute name, or (in a folder) a symbolic link is refused, so nothing
 * later can be tricked into reading or writing outside the template.
 */
public final class TemplateFiles {

    /** Upper bounds that keep a hostile archive from exhausting memory. */
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    static final int MAX_ENTRIES = 100_000;

    private final String origin;
    private final Map<String, byte[]> entries;

    private TemplateFiles(String origin, Map<String, byte[]> entries) {
        this.origin = origin;
        this.entries = entries;
    }

    /** Where the files came from, as error messages name it (a jar's file name, a folder). */
    public String origin() {
        return origin;
    }

    /** Every entry name in archive order; folders end in {@code /}. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(entries.keySet()));
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /**
     * @param name an entry name, never {@code null}
     * @return the entry's bytes, never {@code null} (empty for a folder)
     * @throws CairnException if there is no such entry
     */
    public byte[] read(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new CairnException(origin, 0, "no entry '" + name + "' in the template", null);
        }
        return bytes;
    }

    /** The entry as text, or {@code null} when absent. */
    public byte[] readIfPresent(String name) {
        return entries.get(name);
    }

    /** A view of the entries below {@code prefix} (which ends in {@code /}), names made relative to it. */
    public TemplateFiles under(String prefix) {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getKey().length() > prefix.length()) {
                inner.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return new TemplateFiles(origin, inner);
    }

    /** No files at all: for an engine that evaluates expressions only (conditions), never a template's files. */
    public static TemplateFiles empty(String origin) {
        return new TemplateFiles(origin, new LinkedHashMap<>());
    }

    /** Reads a zip (an archetype jar) from memory. */
    public static TemplateFiles fromZip(byte[] zip, String origin) {
        return fromZip(new ByteArrayInputStream(zip), origin);
    }

    /**
     * Reads a zip (an archetype jar) from a file through its central directory, as the plugin's
     * {@code ZipFile} does: a jar cut short is refused rather than read as far as it goes, and
     * entries come in the central directory's order, the order the plugin sees.
     */
    public static TemplateFiles fromZip(Path jar, String origin) {
        if (!Files.isRegularFile(jar)) {
            throw new CairnException(origin, 0, "no such file", "check the path");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                checkName(name, origin);
                if (entries.size() >= MAX_ENTRIES) {
                    throw new CairnException(origin, 0, "more than " + MAX_ENTRIES + " entries", "this is not a template");
                }
                byte[] bytes;
                if (entry.isDirectory()) {
                    bytes = new byte[0];
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = readBounded(in, MAX_TOTAL_BYTES - total, origin);
                    }
                }
                total += bytes.length;
                entries.putIfAbsent(name, bytes);
            }
        } catch (ZipException e) {
            throw notAZip(origin, e);
        } catch (IOException e) {
            throw new CairnException(origin, 0, "cannot read the archive: " + e.getMessage(),
                    "the jar may be damaged; download it again", e);
        }
        if (entries.isEmpty()) {
            throw notAZip(origin, null);
        }
        return new TemplateFiles(origin, entries);
    }

    private static TemplateFiles fromZip(InputStream raw, String origin) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                checkName(name, origin);
                if (entries.size() >= MAX_ENTRIES) {
                    throw new CairnException(origin, 0, "more than " + MAX_ENTRIES + " entries", "this is not a template");
                }
                byte[] bytes = entry.isDirectory() ? new byte[0] : readBounded(zip, MAX_TOTAL_BYTES - total, origin);
                total += bytes.length;
                entries.putIfAbsent(name, bytes);
            }
        } catch (ZipException e) {
            throw notAZip(origin, e);
        } catch (IOException e) {
            throw new CairnException(origin, 0, "cannot read the archive: " + e.getMessage(), null, e);
        }
        if (entries.isEmpty()) {
            throw notAZip(origin, null);
        }
        return new TemplateFiles(origin, entries);
    }

    private static CairnException notAZip(String origin, Exception cause) {
        return new CairnException(origin, 0, "not a jar or zip file",
                "pass an archetype jar, a folder holding an archetype, or a bundled template name", cause);
    }

    private static byte[] readBounded(InputStream in, long budget, String origin) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
        if (bytes.length > budget) {
            throw new CairnException(origin, 0, "the archive unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MiB",
                    "this is not a template");
        }
        return bytes;
    }

    /**
     * Reads a folder laid out like an unpacked archetype jar. Folders are listed as entries too, so
     * empty folders of the template survive; names are sorted for a stable order.
     */
    public static TemplateFiles fromFolder(Path root, String origin) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<Path> paths = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        paths.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    paths.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new CairnException(origin, 0, "cannot read the folder: " + e.getMessage(), null, e);
        }
        List<String> names = new ArrayList<>();
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path p : paths) {
            String name = root.relativize(p).toString().replace('\\', '/');
            if (Files.isSymbolicLink(p)) {
                throw new CairnException(origin + "/" + name, 0, "is a symbolic link",
                        "templates may not contain links; copy the file instead");
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                name = name + "/";
            }
            checkName(name, origin);
            names.add(name);
            byName.put(name, p);
        }
        Collections.sort(names);
        long total = 0;
        for (String name : names) {
            try {
                byte[] bytes = name.endsWith("/") ? new byte[0] : Files.readAllBytes(byName.get(name));
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new CairnException(origin, 0, "the folder holds more than " + (MAX_TOTAL_BYTES >> 20) + " MiB",
                            "point at the archetype itself");
                }
                entries.put(name, bytes);
            } catch (IOException e) {
                throw new CairnException(origin + "/" + name, 0, "cannot read: " + e.getMessage(), null, e);
            }
        }
        return new TemplateFiles(origin, entries);
    }

    /**
     * Files held in memory (a git tree), by entry name. Every parent folder is listed as an entry
     * too, as in a jar, and names are sorted, as for a folder.
     *
     * @param files entry names ({@code /}-separated, no folders) and their bytes, never {@code null}
     * @param origin how messages name where they came from
     * @throws CairnException for a name that could escape, or more than the limits allow
     */
    public static TemplateFiles fromEntries(Map<String, byte[]> files, String origin) {
        java.util.TreeMap<String, byte[]> sorted = new java.util.TreeMap<>();
        long total = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = e.getKey();
            checkName(name, origin);
            total += e.getValue().length;
            if (total > MAX_TOTAL_BYTES) {
                throw new CairnException(origin, 0, "the template holds more than " + (MAX_TOTAL_BYTES >> 20) + " MiB",
                        "this is not a template");
            }
            sorted.put(name, e.getValue());
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                sorted.putIfAbsent(name.substring(0, slash + 1), new byte[0]);
            }
            if (sorted.size() > MAX_ENTRIES) {
                throw new CairnException(origin, 0, "more than " + MAX_ENTRIES + " entries", "this is not a template");
            }
        }
        return new TemplateFiles(origin, new LinkedHashMap<>(sorted));
    }

    /** Refuses names that could reach outside the template or the target. */
    static void checkName(String name, String origin) {
        String why = PathGuard.problem(name);
        if (why != null) {
            throw new CairnException(origin, 0, "template path '" + name + "' " + why,
                    "a template may only hold relative paths inside itself; do not use this template");
        }
    }
}
