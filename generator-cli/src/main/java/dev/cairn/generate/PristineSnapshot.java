package dev.cairn.generate;

import dev.cairn.CairnException;
import dev.cairn.template.PathGuard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code .cairn/pristine.zip}: the template's render exactly as {@code cairn new} (or the last
 * {@code cairn update}) produced it, before anyone edited it. {@code update} takes it as the base of
 * its 3-way merge, so the base never has to be rendered again from a source that may have moved on
 * (a folder edited in place, a bundled template replaced by a newer Cairn, a repository offline).
 *
 * <p>A zip holding {@code files/PATH} for each file and {@code executables}, the paths whose executable
 * bit the render set, one per line. Entries in path order with a fixed time: the same tree gives the
 * same bytes.
 */
public final class PristineSnapshot {

    /** Where the snapshot is in a generated project. */
    public static final String PATH = ".cairn/pristine.zip";

    private static final String FILES = "files/";
    private static final String EXECUTABLES = "executables";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private PristineSnapshot() {}

    /**
     * @param tree a pure render, without {@code .cairn/}; never {@code null}
     * @return the zip's bytes, the same for the same tree
     */
    public static byte[] write(RenderedTree tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder executables = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
                if (isCairns(file.getKey())) {
                    continue;
                }
                put(zip, FILES + file.getKey(), file.getValue());
                if (tree.isExecutable(file.getKey())) {
                    executables.append(file.getKey()).append('\n');
                }
            }
            put(zip, EXECUTABLES, executables.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * @param zip what {@link #write} wrote
     * @param file how errors name it
     * @return the tree it holds (files and executable bits; folders only as parents of files)
     * @throws CairnException if it is not such a snapshot
     */
    public static RenderedTree read(byte[] zip, String file) {
        RenderedTree tree = new RenderedTree();
        String executables = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                byte[] content = in.readAllBytes();
                if (name.equals(EXECUTABLES)) {
                    executables = new String(content, StandardCharsets.UTF_8);
                } else if (name.startsWith(FILES) && !name.endsWith("/") && PathGuard.problem(name.substring(FILES.length())) == null) {
                    tree.putFile(RenderedTree.normalize(name.substring(FILES.length())), content);
                } else {
                    throw corrupt(file, "unexpected entry '" + name + "'", null);
                }
            }
        } catch (ZipException e) {
            throw corrupt(file, e.getMessage(), e);
        } catch (IOException e) {
            throw new CairnException(file, 0, "cannot read: " + e.getMessage(), null, e);
        }
        if (executables == null) {
            throw corrupt(file, "no '" + EXECUTABLES + "' entry", null);
        }
        for (String path : executables.split("\n")) {
            if (!path.isEmpty()) {
                tree.setExecutable(path, true);
            }
        }
        return tree;
    }

    /**
     * Cairn's own record of the project (this snapshot, the answers file, an update's staging folder):
     * never part of a render or a merge. Other files under {@code .cairn/} a template writes are its files.
     */
    public static boolean isCairns(String path) {
        return path.equals(PATH) || path.equals(RecordedAnswers.PATH) || path.startsWith(".cairn/.update-");
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static CairnException corrupt(String file, String what, Throwable cause) {
        return new CairnException(file, 0, "not a pristine snapshot written by Cairn: " + what,
                "restore it from version control; without it 'cairn update' renders the recorded version again", cause);
    }
}
