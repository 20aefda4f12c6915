package dev.cairn.parity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An archetype jar built from a fixture folder laid out like an unpacked jar, the way
 * maven-archetype-plugin's packaging lays it out: the manifest first, then every folder as a
 * directory entry (parents first), then the files, then {@code META-INF/maven/<g>/<a>/pom.xml} and
 * {@code pom.properties}. Timestamps are fixed, so the same fixture always gives the same bytes.
 *
 * <p>Git keeps no empty folders, so a fixture names the empty directory entries its jar must hold
 * in {@code parity.properties} ({@code emptyDirs}); that file itself is not packed.
 */
final class FixtureJar {

    static final String CONTROL_FILE = "parity.properties";

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    private final Map<String, byte[]> files = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>();

    private FixtureJar() {}

    /**
     * @param folder the fixture folder
     * @param emptyDirs extra directory entries, each ending in {@code /}
     */
    static FixtureJar of(Path folder, List<String> emptyDirs) {
        FixtureJar jar = new FixtureJar();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty() || name.equals(CONTROL_FILE)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    jar.addDirectory(name + "/");
                } else {
                    jar.files.put(name, Files.readAllBytes(p));
                    int slash = name.lastIndexOf('/');
                    if (slash > 0) {
                        jar.addDirectory(name.substring(0, slash + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String dir : emptyDirs) {
            jar.addDirectory(dir.endsWith("/") ? dir : dir + "/");
        }
        return jar;
    }

    private void addDirectory(String dir) {
        for (int slash = dir.indexOf('/'); slash >= 0; slash = dir.indexOf('/', slash + 1)) {
            directories.add(dir.substring(0, slash + 1));
        }
    }

    /** A version that changes whenever the fixture does, so stale installs are never picked up. */
    String contentVersion() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String dir : directories) {
                sha.update(dir.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
                sha.update((byte) 0);
            }
            return "1.0." + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's bytes, with the Maven metadata an installed archetype carries. */
    byte[] build(String groupId, String artifactId, String version) {
        Map<String, byte[]> all = new TreeMap<>(files);
        String meta = "META-INF/maven/" + groupId + "/" + artifactId + "/";
        all.put(meta + "pom.xml", pom(groupId, artifactId, version).getBytes(StandardCharsets.UTF_8));
        all.put(meta + "pom.properties", ("groupId=" + groupId + "\nartifactId=" + artifactId + "\nversion=" + version + "\n")
                .getBytes(StandardCharsets.UTF_8));
        TreeSet<String> dirs = new TreeSet<>(directories);
        dirs.add("META-INF/");
        dirs.add("META-INF/maven/");
        dirs.add("META-INF/maven/" + groupId + "/");
        dirs.add(meta);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: Cairn parity test\r\n\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            for (String dir : dirs) {
                ZipEntry entry = new ZipEntry(dir);
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.closeEntry();
            }
            List<String> names = new ArrayList<>(all.keySet());
            for (String name : names) {
                put(zip, name, all.get(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String pom(String groupId, String artifactId, String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + groupId + "</groupId>\n"
                + "  <artifactId>" + artifactId + "</artifactId>\n"
                + "  <version>" + version + "</version>\n"
                + "  <packaging>maven-archetype</packaging>\n"
                + "</project>\n";
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
