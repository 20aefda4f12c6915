package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cairn.generate.Fixtures;
import dev.cairn.template.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance line for bad input, checked as a newcomer would check it: every case runs
 * {@code cairn new} in-process and must end with exit code 2, exactly one line on stderr that
 * starts with {@code error: }, names the file (and the line, where the input has lines) and says
 * what to do in parentheses, no stack trace, and nothing written: the {@code --dir} target does not
 * exist afterwards and its parent holds no {@code .cairn-*} staging folder (nor anything else).
 *
 * <p>Cases already proven end to end elsewhere (the same exit code, one line with its hint, nothing
 * written) are not repeated here; the table names the test that proves each case of the list.
 *
 * <table>
 * <caption>Each bad input of the acceptance list and the test that proves it</caption>
 * <tr><th>Bad input</th><th>Test</th></tr>
 * <tr><td>broken YAML in the manifest (template.yaml:LINE)</td><td>{@link #broken_yaml_in_the_manifest}</td></tr>
 * <tr><td>broken YAML in an answers file (FILE:LINE)</td><td>{@link #broken_yaml_in_an_answers_file}</td></tr>
 * <tr><td>an unknown parameter type in the manifest</td><td>{@link #an_unknown_parameter_type_in_the_manifest}</td></tr>
 * <tr><td>an invalid regex in the manifest</td><td>{@link #an_invalid_regex_in_the_manifest}</td></tr>
 * <tr><td>a value failing its regex, from -D</td><td>{@code BadInputTest#a_value_failing_the_validation_regex}</td></tr>
 * <tr><td>a value failing its regex, from an answers file</td>
 *     <td>{@link #a_value_failing_its_regex_in_an_answers_file}</td></tr>
 * <tr><td>an unknown overlay (--with nope lists the known ones)</td><td>{@link #an_unknown_overlay}</td></tr>
 * <tr><td>a missing template</td><td>{@code BadInputTest#a_missing_template}</td></tr>
 * <tr><td>a jar that is not a zip</td><td>{@code BadInputTest#a_jar_that_is_not_a_zip}
 *     (and {@code #a_jar_cut_short})</td></tr>
 * <tr><td>malformed XML in the descriptor, with its line</td>
 *     <td>{@code BadInputTest#malformed_xml_in_the_descriptor_names_its_line}</td></tr>
 * <tr><td>an XML entity in the descriptor, not expanded</td>
 *     <td>{@link #an_xml_entity_in_the_descriptor_is_never_expanded}
 *     (the legacy descriptor: {@code BadInputTest#an_xml_entity_in_a_legacy_descriptor_is_refused_too})</td></tr>
 * <tr><td>a YAML alias bomb in the manifest</td><td>{@link #a_yaml_alias_bomb_in_the_manifest}</td></tr>
 * <tr><td>a YAML global tag in the manifest</td><td>{@link #a_yaml_global_tag_in_the_manifest}</td></tr>
 * <tr><td>a YAML global tag in an answers file</td><td>{@link #a_yaml_global_tag_in_an_answers_file}</td></tr>
 * <tr><td>a template path escaping the target: a folder (symbolic link)</td>
 *     <td>{@code BadInputTest#a_symbolic_link_in_a_template_folder}</td></tr>
 * <tr><td>a template path escaping the target: a jar ({@code archetype-resources/../../evil})</td>
 *     <td>{@code BadInputTest#a_jar_entry_that_climbs_out}</td></tr>
 * <tr><td>a property value escaping the target</td>
 *     <td>{@code BadInputTest#a_path_token_whose_value_climbs_out_of_the_project}
 *     (and {@code #a_package_that_climbs_out_through_a_path_token}, {@code #an_artifact_id_that_is_a_path})</td></tr>
 * <tr><td>a template using reflection (template file and line, mentions --trust)</td>
 *     <td>{@code BadInputTest#a_template_using_reflection}</td></tr>
 * <tr><td>an {@code #include} of a file outside the template</td>
 *     <td>{@code BadInputTest#an_include_of_an_absolute_file} (an absolute path) and
 *     {@link #an_include_that_climbs_out_of_the_template} (a relative one, to a file that exists)</td></tr>
 * <tr><td>a render bomb (nested loops past the size limit)</td>
 *     <td>{@code BadInputTest#nested_loops_past_the_default_output_limit}
 *     (and {@code #nested_loops_past_a_small_output_limit}, {@code #a_doubling_set})</td></tr>
 * <tr><td>a post-generate script without --trust</td><td>{@code BadInputTest#a_post_generate_script_without_trust}</td></tr>
 * <tr><td>a -D value for a secret</td><td>{@link #a_dash_d_value_for_a_secret}</td></tr>
 * <tr><td>an existing non-empty target (its files untouched byte for byte)</td>
 *     <td>{@code BadInputTest#an_existing_non_empty_target_is_left_untouched}</td></tr>
 * </table>
 */
class BadInputAcceptanceTest {

    /** The bad manifests {@code ManifestReaderTest} reads one by one; here each goes into a template. */
    private static final Path BAD_MANIFESTS = Path.of("src/test/resources/manifests/bad");

    /** A template with a manifest, overlays and a secret: the one {@code NewCommandManifestTest} uses. */
    private static final String SVC = Fixtures.TEMPLATES.resolve("svc").toString();

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {}

    /** The folder a user runs in: it exists, and must hold nothing after a refused run. */
    private Path parent() {
        return temp.resolve("work");
    }

    private Path target() {
        return parent().resolve("demo");
    }

    @BeforeEach
    void anEmptyFolderToGenerateIn() throws IOException {
        Files.createDirectories(parent());
    }

    /** {@code cairn new TEMPLATE --dir TARGET ARGS...}, in-process. */
    private Run cairn(Object template, String... args) {
        List<String> all = new ArrayList<>(List.of("new", template.toString(), "--dir", target().toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * The acceptance line: exit 2; one line, {@code error: } then {@code where} (the file, and line,
     * or the flag at fault), ending with what to do in parentheses, which contains {@code hint}; no
     * stack trace; nothing written.
     *
     * @return the error line, for case-specific checks
     */
    private String assertRefused(Run run, String where, String hint) throws IOException {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as("stderr is one line").hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("error: " + where + ": ")
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        assertThat(line).as("says what to do, in parentheses, at the end").matches(".+ \\(.+\\)")
                .contains("(" + hint).endsWith(")");
        assertThat(run.out()).as("nothing on stdout").isEmpty();
        assertNothingWritten();
        return line;
    }

    private void assertNothingWritten() throws IOException {
        assertThat(target()).doesNotExist();
        List<String> beside;
        try (Stream<Path> entries = Files.list(parent())) {
            beside = entries.map(p -> p.getFileName().toString()).toList();
        }
        assertThat(beside).as("no staging folder left").noneMatch(name -> name.startsWith(".cairn-"));
        assertThat(beside).as("nothing left beside the target").isEmpty();
    }

    /** A small archetype whose template.yaml is one of {@code ManifestReaderTest}'s bad manifests. */
    private TemplateFolder withBadManifest(String name) throws IOException {
        return TemplateFolder.readme(temp.resolve("template"), "# ${artifactId}\n")
                .bytes(Template.MANIFEST, Files.readAllBytes(BAD_MANIFESTS.resolve(name)));
    }

    /** An answers file outside the folder the project goes in, named as the user typed it. */
    private Path answers(String yaml) throws IOException {
        Path file = temp.resolve("answers.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    // ---- the manifest

    @Test
    void broken_yaml_in_the_manifest() throws IOException {
        // line 7 is indented one space short of its mapping
        assertRefused(cairn(withBadManifest("broken-syntax.yaml"), "-DgroupId=g", "-DartifactId=demo"),
                Template.MANIFEST + ":7", "fix the YAML");
    }

    @Test
    void an_unknown_parameter_type_in_the_manifest() throws IOException {
        String line = assertRefused(cairn(withBadManifest("unknown-type.yaml"), "-DgroupId=g", "-DartifactId=demo"),
                Template.MANIFEST + ":12", "use string, boolean, choice, integer");
        assertThat(line).contains("unknown type 'strng'");
    }

    @Test
    void an_invalid_regex_in_the_manifest() throws IOException {
        String line = assertRefused(cairn(withBadManifest("invalid-regex.yaml"), "-DgroupId=g", "-DartifactId=demo"),
                Template.MANIFEST + ":4", "write a Java regular expression");
        assertThat(line).contains("invalid regex '[a-z'", "'serviceName'");
    }

    @Test
    void a_yaml_alias_bomb_in_the_manifest() throws IOException {
        // nine levels of nine aliases: 9^8 lists if expanded. Refused at the 21st alias; the timeout is
        // only a guard against a hang (measured by hand: well under a second), not a timing assertion
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> cairn(withBadManifest("alias-bomb.yaml"), "-DgroupId=g", "-DartifactId=demo"));

        String line = assertRefused(run, Template.MANIFEST + ":5", "expand the YAML by hand");
        assertThat(line).contains("more than 20 aliases");
    }

    @Test
    void a_yaml_global_tag_in_the_manifest() throws IOException {
        // the well-known SnakeYAML gadget: ScriptEngineManager over a URLClassLoader over a !!java.net.URL
        String line = assertRefused(cairn(withBadManifest("java-tag.yaml"), "-DgroupId=g", "-DartifactId=demo"),
                Template.MANIFEST + ":2", "Cairn reads plain YAML only: remove the tag");
        assertThat(line).contains("tag '!!javax.script.ScriptEngineManager' is not allowed");
    }

    // ---- answers

    @Test
    void broken_yaml_in_an_answers_file() throws IOException {
        // a quote left open is noticed only at the end of the file; the line to fix is where it opens
        Path file = answers("artifactId: demo\nserviceName: \"orders\ngroupId: com.acme\n");

        String line = assertRefused(cairn(SVC, "--answers", file.toString()), file + ":2", "fix the YAML");
        assertThat(line).contains("quoted scalar");
    }

    @Test
    void a_yaml_global_tag_in_an_answers_file() throws IOException {
        Path file = answers("artifactId: demo\nserviceName: orders\ngroupId: !!java.net.URL [\"http://localhost:1/\"]\n");

        String line = assertRefused(cairn(SVC, "--answers", file.toString()), file + ":3",
                "Cairn reads plain YAML only: remove the tag");
        assertThat(line).contains("tag '!!java.net.URL' is not allowed");
    }

    @Test
    void a_value_failing_its_regex_in_an_answers_file() throws IOException {
        // the same value from -D: BadInputTest#a_value_failing_the_validation_regex
        Path file = answers("artifactId: demo\nserviceName: Not Valid\n");

        String line = assertRefused(cairn(SVC, "-DgroupId=g", "--answers", file.toString()), file + ":2",
                "pass a value that matches");
        assertThat(line).contains("serviceName: 'Not Valid' does not match [a-z][a-z0-9-]*");
    }

    @Test
    void an_unknown_overlay() throws IOException {
        assertRefused(cairn(SVC, "-DgroupId=g", "-DartifactId=demo", "-DserviceName=orders", "--with", "nope"),
                "--with", "known overlays: postgres, docker");
    }

    @Test
    void a_dash_d_value_for_a_secret() throws IOException {
        String line = assertRefused(cairn(SVC, "-DgroupId=g", "-DartifactId=demo", "-DserviceName=orders",
                "-Dpersistence=postgres", "-Ddb-password=hunter2"), "-Ddb-password", "set DB_PASSWORD in the environment");
        assertThat(line).contains("is a secret").doesNotContain("hunter2");
    }

    // ---- the descriptor

    @Test
    void an_xml_entity_in_the_descriptor_is_never_expanded() throws IOException {
        // an internal entity and an external one (a local file): neither text may reach the user or the disk
        Path outside = temp.resolve("outside.txt");
        Files.writeString(outside, "EXTERNAL-ENTITY-TEXT\n");
        TemplateFolder template = TemplateFolder.readme(temp.resolve("template"), "# ${artifactId}\n")
                .file(TemplateFolder.DESCRIPTOR, """
                        <?xml version="1.0"?>
                        <!DOCTYPE archetype-descriptor [
                          <!ENTITY inner "INTERNAL-ENTITY-TEXT">
                          <!ENTITY outer SYSTEM "%s">
                        ]>
                        <archetype-descriptor name="&inner;&outer;">
                          <fileSets><fileSet filtered="true"><directory></directory>
                            <includes><include>*.md</include></includes></fileSet></fileSets>
                        </archetype-descriptor>
                        """.formatted(outside.toUri()));

        Run run = cairn(template, "-DgroupId=g", "-DartifactId=demo", "-Dversion=1");

        String line = assertRefused(run, TemplateFolder.DESCRIPTOR + ":2", "remove the <!DOCTYPE");
        assertThat(line).contains("DOCTYPE");
        assertThat(run.out() + run.err()).doesNotContain("INTERNAL-ENTITY-TEXT").doesNotContain("EXTERNAL-ENTITY-TEXT");
    }

    // ---- the templates

    @Test
    void an_include_that_climbs_out_of_the_template() throws IOException {
        // the file exists, two folders up from archetype-resources/: found, it would be copied in
        Files.writeString(temp.resolve("outside.txt"), "OUTSIDE-TEXT\n");
        TemplateFolder template = TemplateFolder.readme(temp.resolve("template"), """
                # ${artifactId}
                #include("../../outside.txt")
                """);

        Run run = cairn(template, "-DgroupId=g", "-DartifactId=demo", "-Dversion=1");

        String line = assertRefused(run, "archetype-resources/README.md:2", "#include and #parse may only name files");
        assertThat(line).contains("../../outside.txt");
        assertThat(run.err()).doesNotContain("OUTSIDE-TEXT");
    }
}
