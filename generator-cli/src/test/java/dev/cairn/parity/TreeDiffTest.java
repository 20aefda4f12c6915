package dev.cairn.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison the parity suite relies on must see every kind of difference. */
class TreeDiffTest {

    @TempDir
    Path plugin;

    @TempDir
    Path cairn;

    @Test
    void identical_trees_including_empty_folders_have_no_report() throws IOException {
        write(plugin, "a/b.txt", "x\n");
        write(cairn, "a/b.txt", "x\n");
        Files.createDirectories(plugin.resolve("empty/deeper"));
        Files.createDirectories(cairn.resolve("empty/deeper"));

        assertThat(TreeDiff.compare(plugin, cairn)).isNull();
    }

    @Test
    void a_missing_empty_folder_is_reported() throws IOException {
        Files.createDirectories(plugin.resolve("src/test/java"));
        Files.createDirectories(cairn.resolve("src/test"));

        assertThat(TreeDiff.compare(plugin, cairn)).contains("missing from Cairn's output").contains("src/test/java/");
    }

    @Test
    void an_extra_file_is_reported_but_cairn_metadata_is_not() throws IOException {
        write(cairn, "extra.txt", "");
        write(cairn, ".cairn/answers.yaml", "a: b\n");

        assertThat(TreeDiff.compare(plugin, cairn, ".cairn")).contains("extra in Cairn's output").contains("extra.txt")
                .doesNotContain(".cairn");
    }

    @Test
    void a_differing_byte_is_shown_with_its_line_and_hex() throws IOException {
        write(plugin, "pom.xml", "<a>\n<b>one</b>\n");
        write(cairn, "pom.xml", "<a>\r\n<b>one</b>\n");

        String report = TreeDiff.compare(plugin, cairn);

        assertThat(report).contains("files whose bytes differ").contains("pom.xml at byte 3 (line 1)")
                .contains("plugin hex @0: 3c 61 3e 0a").contains("cairn  hex @0: 3c 61 3e 0d 0a");
    }

    @Test
    void a_file_where_a_folder_should_be_is_reported() throws IOException {
        Files.createDirectories(plugin.resolve("docs"));
        write(cairn, "docs", "");

        assertThat(TreeDiff.compare(plugin, cairn)).contains("docs/").contains("extra in Cairn's output");
    }

    private static void write(Path root, String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
