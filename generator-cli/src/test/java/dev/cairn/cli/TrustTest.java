package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trust}: an archetype's post-generate Groovy script runs as maven-archetype-plugin runs
 * it, and templates may use reflection. Without it both are refused (see {@link BadInputTest}).
 */
class TrustTest {

    private static final String SCRIPT = "META-INF/archetype-post-generate.groovy";

    @TempDir
    Path temp;

    private record Run(int exit, String err) {}

    private static Run cairn(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, err.toString());
    }

    private static String[] newArgs(Object template, Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("new", template.toString(), "--dir", dir.toString(),
                "-DgroupId=com.example", "-DartifactId=demo", "-Dversion=1.0.0", "-Dpackage=com.example.demo"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** A fileset archetype whose script edits the project it finds where the plugin puts it. */
    private TemplateFolder scripted(Path root, String script) throws IOException {
        return TemplateFolder.fileset(root, """
                <requiredProperty key="greeting"><defaultValue>hello</defaultValue></requiredProperty>
                """, """
                <fileSet filtered="true"><directory></directory><includes><include>*.txt</include></includes></fileSet>
                """)
                .file("archetype-resources/README.txt", "${artifactId} says ${greeting}\n")
                .file("archetype-resources/DELETE-ME.txt", "the script removes this\n")
                .file(SCRIPT, script);
    }

    private static final String EDITING_SCRIPT = """
            // finds the project where maven-archetype-plugin leaves it: outputDirectory/artifactId
            def project = new File(request.outputDirectory, request.artifactId)
            assert new File(project, "README.txt").isFile()
            new File(project, "script-was-here.txt").text = "groupId=" + request.groupId + ", package=" + request.package \\
                    + ", greeting=" + greeting + ", property=" + request.properties.getProperty("greeting") + "\\n"
            new File(project, "DELETE-ME.txt").delete()
            """;

    @Test
    void with_trust_the_script_edits_the_project_as_under_the_plugin() throws Exception {
        Path jar = Trees.jar(scripted(temp.resolve("template"), EDITING_SCRIPT).path(), temp.resolve("scripted.jar"));
        RealArchetypePlugin.install(jar, "dev.cairn.fixtures", "cairn-scripted-fixture", "1.0");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("groupId", "com.example");
        answers.put("artifactId", "demo");
        answers.put("version", "1.0.0");
        answers.put("package", "com.example.demo");
        Path plugin = temp.resolve("plugin");
        RealArchetypePlugin.generate(plugin, "dev.cairn.fixtures", "cairn-scripted-fixture", "1.0", answers);

        Path out = temp.resolve("cairn");
        Run run = cairn(newArgs(jar, out.resolve("demo"), "--trust"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.resolve("demo/script-was-here.txt"))
                .hasContent("groupId=com.example, package=com.example.demo, greeting=hello, property=hello");
        assertThat(out.resolve("demo/DELETE-ME.txt")).doesNotExist();
        Trees.assertSameTree(plugin.resolve("demo"), out.resolve("demo"));
        try (Stream<Path> beside = Files.list(out)) {
            assertThat(beside).as("the staging folder is gone").containsExactly(out.resolve("demo"));
        }
    }

    @Test
    void a_failing_script_names_its_line_and_leaves_nothing() throws IOException {
        TemplateFolder template = scripted(temp.resolve("template"), """
                def project = new File(request.outputDirectory, request.artifactId)
                new File(project, "half-done.txt").text = "x"
                throw new IllegalStateException("no database configured")
                """);
        Path target = temp.resolve("out/demo");

        Run run = cairn(newArgs(template, target, "--trust"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("error: " + SCRIPT + ":3: the post-generate script failed")
                .contains("no database configured").doesNotContain("\tat ");
        assertThat(target).doesNotExist();
        // the parent did not exist before either: the run removes the folders it created
        assertThat(target.getParent()).as("no staging folder left").doesNotExist();
    }

    @Test
    void a_script_that_does_not_compile_names_its_line() throws IOException {
        TemplateFolder template = scripted(temp.resolve("template"), """
                println "fine"

                def broken = {
                """);
        Path target = temp.resolve("out/demo");

        Run run = cairn(newArgs(template, target, "--trust"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("error: " + SCRIPT + ":").contains("does not compile");
        assertThat(target).doesNotExist();
    }

    @Test
    void a_legacy_archetype_s_script_is_neither_refused_nor_run_as_the_plugin_never_runs_it() throws IOException {
        Path root = temp.resolve("legacy");
        Files.createDirectories(root.resolve("META-INF/maven"));
        Files.writeString(root.resolve("META-INF/maven/archetype.xml"), "<archetype><id>old</id></archetype>\n");
        Files.createDirectories(root.resolve("archetype-resources"));
        Files.writeString(root.resolve("archetype-resources/pom.xml"), TemplateFolder.POM);
        Path witness = temp.resolve("ran.txt");
        Files.writeString(root.resolve(SCRIPT), "new File('" + witness.toString().replace("\\", "/") + "').text = 'ran'\n");
        Path target = temp.resolve("out/demo");

        Run run = cairn(newArgs(root, target, "--trust"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(target.resolve("pom.xml")).isRegularFile();
        assertThat(witness).doesNotExist();
        try (Stream<Path> beside = Files.list(target.getParent())) {
            assertThat(beside).containsExactly(target);
        }
    }

    @Test
    void with_trust_a_template_may_use_reflection() throws IOException {
        TemplateFolder template = TemplateFolder.readme(temp.resolve("template"), """
                separator=[$package.getClass().forName("java.lang.System").getProperty("path.separator")]
                """);
        Path target = temp.resolve("out/demo");

        Run refused = cairn(newArgs(template, target));
        Run trusted = cairn(newArgs(template, target, "--trust"));

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("archetype-resources/README.md:1:").contains("--trust");
        assertThat(trusted.exit()).as(trusted.err()).isZero();
        assertThat(target.resolve("README.md")).hasContent("separator=[" + File.pathSeparator + "]");
    }
}
