package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code #parse} and {@code #include} resolve relative to the including file, as the plugin's
 * IncludeRelativePath resolves them (checked by hand against maven-archetype-plugin 3.4.1: same
 * bytes). Until the include handler was attached to the context, Cairn looked these up from the
 * template's root and failed.
 */
class RelativeIncludeTest {

    @TempDir
    Path temp;

    @Test
    void parse_and_include_find_files_beside_the_including_file() throws Exception {
        TemplateFolder template = TemplateFolder.readme(temp.resolve("template"), """
                #parse("sub/macros.vm")
                A: #hello("$artifactId")
                #include("sub/raw.txt")
                """)
                .file("archetype-resources/sub/macros.vm", "#macro(hello $n)Hello $n!#end\n")
                .file("archetype-resources/sub/raw.txt", "raw $artifactId\n");
        Path target = temp.resolve("out/demo");
        StringWriter err = new StringWriter();

        int exit = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "new", template.toString(),
                "--dir", target.toString(), "-DgroupId=g", "-DartifactId=demo", "-Dversion=1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(target.resolve("README.md")).hasContent("A: Hello demo!raw $artifactId");
    }
}
