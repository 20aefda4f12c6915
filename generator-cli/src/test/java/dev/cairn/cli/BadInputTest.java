package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad input per test, run in-process as a user would run {@code cairn new}. Each must end with
 * exit code 2, exactly one line on stderr that names the file (and line where there is one) and
 * what to do, no stack trace, and nothing written: no target folder and no staging folder beside it.
 */
class BadInputTest {

    @TempDir
    Path temp;

    /** Where each run is asked to generate; its parent holds nothing before the run. */
    private Path target() {
        return temp.resolve("out").resolve("demo");
    }

    private record Run(int exit, String out, String err) {}

    private Run cairn(Object template, String... extra) {
        List<String> args = new ArrayList<>(List.of("new", template.toString(), "--dir", target().toString(),
                "-DgroupId=com.example", "-Dversion=1.0.0"));
        if (Stream.of(extra).noneMatch(a -> a.startsWith("-DartifactId="))) {
            args.add("-DartifactId=demo");
        }
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Exit 2, one line naming what it must name, no trace, nothing on disk. */
    private void assertRefused(Run run, String... mentions) throws IOException {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as("stderr is one line").hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(line).as("ends with what to do, in parentheses").matches(".+ \\(.+\\)");
        for (String mention : mentions) {
            assertThat(line).contains(mention);
        }
        assertNothingWritten();
    }

    private void assertNothingWritten() throws IOException {
        assertThat(target()).doesNotExist();
        Path parent = target().getParent();
        if (Files.exists(parent)) {
            try (Stream<Path> entries = Files.list(parent)) {
                assertThat(entries).as("nothing left beside the target").isEmpty();
            }
        }
    }

    private TemplateFolder readme(String content) throws IOException {
        return TemplateFolder.readme(temp.resolve("template"), content);
    }

    // ---- the template itself

    @Test
    void a_missing_template() throws IOException {
        Path missing = temp.resolve("no-such-archetype.jar");

        assertRefused(cairn(missing), "no-such-archetype.jar", "pass an archetype folder or jar");
    }

    @Test
    void a_jar_that_is_not_a_zip() throws IOException {
        Path jar = temp.resolve("not-a-zip.jar");
        Files.writeString(jar, "this is text, not an archive\n");

        assertRefused(cairn(jar), "not-a-zip.jar: not a jar or zip file", "pass an archetype jar");
    }

    @Test
    void a_jar_cut_short() throws IOException {
        Path whole = Trees.jar(TemplateFolder.readme(temp.resolve("t"), "# ${artifactId}\n".repeat(200)).path(),
                temp.resolve("whole.jar"));
        byte[] bytes = Files.readAllBytes(whole);
        Path jar = temp.resolve("cut.jar");
        Files.write(jar, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

        Run run = cairn(jar);

        assertThat(run.exit()).isEqualTo(2);
        assertRefused(run, "cut.jar");
    }

    @Test
    void malformed_xml_in_the_descriptor_names_its_line() throws IOException {
        TemplateFolder template = TemplateFolder.readme(temp.resolve("template"), "hello\n")
                .file(TemplateFolder.DESCRIPTOR, """
                        <archetype-descriptor name="case">
                          <fileSets>
                            <fileSet filtered="true">
                          </fileSets>
                        </archetype-descriptor>
                        """);

        assertRefused(cairn(template), TemplateFolder.DESCRIPTOR + ":4: malformed descriptor", "fix the XML");
    }

    @Test
    void an_xml_entity_in_the_descriptor_is_refused_not_expanded() throws IOException {
        TemplateFolder template = TemplateFolder.readme(temp.resolve("template"), "hello\n")
                .file(TemplateFolder.DESCRIPTOR, """
                        <?xml version="1.0"?>
                        <!DOCTYPE archetype-descriptor [
                          <!ENTITY boom "boomboomboomboomboomboomboomboom">
                        ]>
                        <archetype-descriptor name="&boom;">
                          <fileSets/>
                        </archetype-descriptor>
                        """);

        assertRefused(cairn(template), TemplateFolder.DESCRIPTOR + ":2:", "DOCTYPE", "remove");
    }

    @Test
    void an_xml_entity_in_a_legacy_descriptor_is_refused_too() throws IOException {
        Path root = temp.resolve("legacy");
        Files.createDirectories(root.resolve("META-INF/maven"));
        Files.writeString(root.resolve("META-INF/maven/archetype.xml"), """
                <!DOCTYPE archetype [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <archetype><id>&x;</id></archetype>
                """);
        Files.createDirectories(root.resolve("archetype-resources"));
        Files.writeString(root.resolve("archetype-resources/pom.xml"), TemplateFolder.POM);

        assertRefused(cairn(root), "META-INF/maven/archetype.xml:1:", "DOCTYPE");
    }

    // ---- paths that would leave the project

    @Test
    void a_symbolic_link_in_a_template_folder() throws IOException {
        Path outside = temp.resolve("outside-secret.txt");
        Files.writeString(outside, "secret\n");
        TemplateFolder template = readme("hello\n");
        Files.createSymbolicLink(template.path().resolve("archetype-resources/secret.md"), outside);

        assertRefused(cairn(template), "archetype-resources/secret.md: is a symbolic link", "copy the file instead");
    }

    @Test
    void a_path_token_whose_value_climbs_out_of_the_project() throws IOException {
        TemplateFolder template = TemplateFolder.fileset(temp.resolve("template"),
                "<requiredProperty key=\"module\"/>", """
                <fileSet filtered="true"><directory></directory><includes><include>**/*.txt</include></includes></fileSet>
                """).file("archetype-resources/__module__/notes.txt", "notes\n");

        assertRefused(cairn(template, "-Dmodule=../../../escaped"), "'../../../escaped/notes.txt'", "may not contain '..'");
        assertThat(temp.resolve("escaped")).doesNotExist();
    }

    @Test
    void a_jar_entry_that_climbs_out() throws IOException {
        Path jar = temp.resolve("evil.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : Map.of(
                    TemplateFolder.DESCRIPTOR, "<archetype-descriptor name=\"evil\"/>",
                    "archetype-resources/pom.xml", TemplateFolder.POM,
                    "archetype-resources/../../evil", "evil\n").entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        assertRefused(cairn(jar), "evil.jar: template path 'archetype-resources/../../evil' climbs out");
    }

    @Test
    void a_package_that_climbs_out_through_a_path_token() throws IOException {
        TemplateFolder template = TemplateFolder.fileset(temp.resolve("template"), "", """
                <fileSet filtered="true"><directory>src</directory><includes><include>**/*.java</include></includes></fileSet>
                """).file("archetype-resources/src/__package__/App.java", "package ${package};\n");

        assertRefused(cairn(template, "-Dpackage=../../x"), "'src/../../x/App.java'", "climbs out");
    }

    @Test
    void an_artifact_id_that_is_a_path() throws IOException {
        assertRefused(cairn(readme("# ${artifactId}\n"), "-DartifactId=../x"), "artifactId '../x' cannot be a folder name",
                "pass a plain name");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void a_package_with_dots_only_nests_in_a_packaged_file_set_as_the_plugin_does() throws IOException {
        // not an escape: the plugin turns every '.' into '/', so "../../x" becomes the folder x
        TemplateFolder template = TemplateFolder.fileset(temp.resolve("template"), "", """
                <fileSet filtered="true" packaged="true"><directory>src/main/java</directory>
                  <includes><include>**/*.java</include></includes></fileSet>
                """).file("archetype-resources/src/main/java/App.java", "package ${package};\n");

        Run run = cairn(template, "-Dpackage=../../x");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(target().resolve("src/main/java/x/App.java")).hasContent("package ../../x;");
        try (Stream<Path> beside = Files.list(target().getParent())) {
            assertThat(beside).containsExactly(target());
        }
    }

    // ---- templates that reach for more than their own files

    @Test
    void a_template_using_reflection() throws IOException {
        TemplateFolder template = readme("""
                # ${artifactId}

                $package.getClass().forName("java.lang.System").getProperty("user.home")
                """);

        assertRefused(cairn(template), "archetype-resources/README.md:3:", "getClass()", "--trust");
    }

    @Test
    void an_include_of_an_absolute_file() throws IOException {
        TemplateFolder template = readme("""
                line one
                #include("/etc/passwd")
                """);

        // a leading '/' means the template's root, as with the plugin's class path loader; the
        // plugin's file loader would also read /etc/passwd from the disk, Cairn's has no such loader
        assertRefused(cairn(template), "archetype-resources/README.md:2:", "/etc/passwd",
                "reach only the template's own files");
    }

    @Test
    void a_parse_that_climbs_out() throws IOException {
        Files.createDirectories(temp.resolve("x"));
        Files.writeString(temp.resolve("x/x"), "outside\n");
        TemplateFolder template = readme("""
                one
                two
                #parse("../../x")
                """);

        assertRefused(cairn(template), "archetype-resources/README.md:3:", "../../x", "may only name files inside the template");
    }

    // ---- render bombs

    /** 10^9 KiB if let run; a KiB per turn reaches the default 256 MiB in a quarter million turns. */
    private static final String NESTED_LOOPS = "#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])"
            + "0123456789".repeat(102) + "\n#end#end#end\n";

    @Test
    void nested_loops_past_a_small_output_limit() throws IOException {
        assertRefused(cairn(readme(NESTED_LOOPS), "--max-output", "100000"),
                "archetype-resources/README.md", "output limit of 100000 bytes", "--max-output");
    }

    @Test
    void nested_loops_past_the_default_output_limit() throws IOException {
        assertRefused(cairn(readme(NESTED_LOOPS)), "archetype-resources/README.md", "output limit of 256 MiB");
    }

    @Test
    void a_doubling_set() throws IOException {
        assertRefused(cairn(readme("""
                #set($s = "0123456789")
                #foreach($i in [1..64])#set($s = "$s$s")#end
                $s.length()
                """)), "archetype-resources/README.md", "output limit");
    }

    // ---- what only the user may allow

    @Test
    void a_post_generate_script_without_trust() throws IOException {
        TemplateFolder template = readme("hello\n")
                .file("META-INF/archetype-post-generate.groovy", "new File('/tmp/cairn-should-not-exist').text = 'x'\n");

        assertRefused(cairn(template), "META-INF/archetype-post-generate.groovy", "--trust");
    }

    // ---- answers and the target

    @Test
    void a_value_failing_the_validation_regex() throws IOException {
        TemplateFolder template = TemplateFolder.fileset(temp.resolve("template"), """
                <requiredProperty key="service"><validationRegex>^[a-z][a-z0-9-]*$</validationRegex></requiredProperty>
                """, "").file("archetype-resources/README.md", "${service}\n");

        assertRefused(cairn(template, "-Dservice=Not Valid"), "-Dservice", "'Not Valid'", "^[a-z][a-z0-9-]*$");
    }

    @Test
    void an_existing_non_empty_target_is_left_untouched() throws IOException {
        byte[] mine = {'m', 'i', 'n', 'e', '\r', '\n', (byte) 0xff};
        Files.createDirectories(target().resolve("sub"));
        Files.write(target().resolve("pom.xml"), mine);
        Files.write(target().resolve("sub/keep.txt"), mine);
        Map<String, String> before = Trees.snapshot(target());

        Run run = cairn(readme("# ${artifactId}\n"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("error: " + target() + ": ").contains("not empty")
                .contains("(choose another --dir");
        assertThat(Trees.snapshot(target())).isEqualTo(before);
        try (Stream<Path> beside = Files.list(target().getParent())) {
            assertThat(beside).containsExactly(target());
        }
    }

    @Test
    void a_velocity_1_literal_directive() throws IOException {
        TemplateFolder template = readme("""
                # ${artifactId}
                #literal()
                ${notRendered}
                #end
                """);

        assertRefused(cairn(template), "archetype-resources/README.md:", "#literal");
    }

    // ---- legacy archetypes

    private Path legacy(String descriptor, Map<String, String> resources) throws IOException {
        Path root = temp.resolve("legacy");
        Files.createDirectories(root.resolve("META-INF/maven"));
        Files.writeString(root.resolve("META-INF/maven/archetype.xml"), descriptor);
        for (Map.Entry<String, String> e : resources.entrySet()) {
            Path file = root.resolve("archetype-resources").resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
        return root;
    }

    @Test
    void a_legacy_resource_that_climbs_out() throws IOException {
        Path template = legacy("<archetype><id>x</id><resources><resource>../../evil.txt</resource></resources></archetype>",
                Map.of("pom.xml", TemplateFolder.POM));

        assertRefused(cairn(template), "META-INF/maven/archetype.xml: output path '../../evil.txt' climbs out");
        assertThat(temp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void a_legacy_descriptor_listing_a_file_it_does_not_have() throws IOException {
        Path template = legacy("<archetype><id>x</id><sources><source>src/main/java/Gone.java</source></sources></archetype>",
                Map.of("pom.xml", TemplateFolder.POM));

        assertRefused(cairn(template), "META-INF/maven/archetype.xml: lists 'src/main/java/Gone.java'", "add the file");
    }

    @Test
    void a_legacy_pom_that_does_not_parse_once_generated() throws IOException {
        Path template = legacy("<archetype><id>x</id></archetype>",
                Map.of("pom.xml", "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <artifactId>${artifactId}</oops>\n"));

        assertRefused(cairn(template), "archetype-resources/pom.xml: the generated pom.xml does not parse at its line 3");
    }

    @Test
    void a_legacy_source_outside_the_source_folder() throws IOException {
        Path template = legacy("<archetype><id>x</id><sources><source>lib/App.java</source></sources></archetype>",
                Map.of("pom.xml", TemplateFolder.POM, "lib/App.java", "package ${package};\n"));

        assertRefused(cairn(template), "template 'lib/App.java' is not in the source folder 'src/main/java'");
    }
}
