package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn template lint}: a clean template passes; each kind of problem is an error, exit 1. */
class TemplateLintTest {

    @TempDir
    Path tmp;

    TemplateModule module;

    @BeforeEach
    void a_clean_template() throws Exception {
        module = TemplateModule.write(tmp.resolve("template"), "lint-template", "1.0.0");
    }

    private CliRun lint(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "template";
        args[1] = "lint";
        args[2] = module.path().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void a_clean_template_passes_every_render() {
        CliRun run = lint();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("Linted lint-template 1.0.0: 2 renders (defaults, ci=gitlab);"
                + " published versions not checked (no --repository).\n0 errors, 0 warnings\n");
    }

    @Test
    void the_bundled_service_template_passes() {
        CliRun run = CliRun.of("template", "lint", Path.of("../archetypes/service").toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Linted service ").contains("defaults", "--with docker", "ci=gitlab",
                "framework=spring-boot", "test case default", "test case jenkins-spring-boot-docker").contains("\n0 errors, ");
    }

    @Test
    void a_manifest_that_disagrees_with_the_descriptor_is_an_error() throws Exception {
        module.file(TemplateModule.RESOURCES + "META-INF/cairn/template.yaml", """
                version: 1.0.0
                parameters:
                  - name: flavour
                    type: string
                """);

        CliRun run = lint();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error    ").contains("flavour").endsWith("1 error, 0 warnings\n");
    }

    @Test
    void a_file_that_renders_only_with_another_choice_is_checked_too() throws Exception {
        // parses, but breaks the sandbox only where it is evaluated: with ci=gitlab
        module.file(TemplateModule.RESOURCES + "archetype-resources/README.md", """
                #if( $ci == 'gitlab' )
                $ci.getClass().getName()
                #end
                """);

        CliRun run = lint();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("with ci=gitlab: does not render: ").doesNotContain("with defaults:");
    }

    @Test
    void an_overlay_that_does_not_render_is_an_error() throws Exception {
        module.file(TemplateModule.RESOURCES + "META-INF/cairn/template.yaml", """
                version: 1.0.0
                parameters:
                  - name: ci
                    type: choice
                    choices: [github, gitlab]
                    default: github
                overlays:
                  docker:
                    description: A Dockerfile.
                """);
        module.file(TemplateModule.RESOURCES + "META-INF/cairn/overlays/docker/files/Dockerfile", "FROM #if(\n");

        CliRun run = lint();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("with --with docker: does not render: ");
    }

    @Test
    void a_path_that_escapes_the_template_is_an_error() throws Exception {
        Path outside = tmp.resolve("outside.txt");
        Files.writeString(outside, "secret\n");
        Files.createSymbolicLink(module.path().resolve(TemplateModule.RESOURCES + "archetype-resources/link.md"), outside);

        CliRun run = lint();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error    ").contains("link.md").contains("is a symbolic link");
    }

    @Test
    void a_rendered_path_that_climbs_out_is_an_error() throws Exception {
        module.file(TemplateModule.RESOURCES + "META-INF/maven/archetype-metadata.xml", """
                <archetype-descriptor name="lint-template">
                  <requiredProperties>
                    <requiredProperty key="ci"><defaultValue>github</defaultValue></requiredProperty>
                    <requiredProperty key="docs"><defaultValue>../../escaped</defaultValue></requiredProperty>
                  </requiredProperties>
                  <fileSets>
                    <fileSet filtered="true"><directory></directory><includes><include>**/*.md</include></includes></fileSet>
                  </fileSets>
                </archetype-descriptor>
                """);
        module.file(TemplateModule.RESOURCES + "archetype-resources/__docs__/guide.md", "a guide\n");

        CliRun run = lint();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("climbs out with '..'");
    }

    @Test
    void a_literal_secret_in_a_rendered_file_is_an_error() throws Exception {
        module.file(TemplateModule.RESOURCES + "archetype-resources/README.md", "aws_access_key_id = " + "AKIA" + "IOSFODNN7EXAMPLF\n");

        CliRun run = lint();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error    README.md:1: with defaults: renders a literal secret: ");
    }

    @Test
    void configuration_that_reads_an_undeclared_secret_is_an_error_and_a_declared_one_passes() throws Exception {
        module.file(TemplateModule.RESOURCES + "META-INF/maven/archetype-metadata.xml", """
                <archetype-descriptor name="lint-template">
                  <requiredProperties>
                    <requiredProperty key="ci"><defaultValue>github</defaultValue></requiredProperty>
                  </requiredProperties>
                  <fileSets>
                    <fileSet filtered="true"><directory></directory><includes><include>**/*.md</include></includes></fileSet>
                    <fileSet><directory>src/main/resources</directory></fileSet>
                  </fileSets>
                </archetype-descriptor>
                """);
        module.file(TemplateModule.RESOURCES + "archetype-resources/src/main/resources/application.yaml",
                "payments:\n  key: ${PAYMENT_API_KEY}\n");

        CliRun undeclared = lint();

        assertThat(undeclared.exit()).isEqualTo(1);
        assertThat(undeclared.out()).contains("error    src/main/resources/application.yaml:2: with defaults: reads the"
                + " secret-like variable PAYMENT_API_KEY, which the manifest does not declare (add it under secrets: with env:"
                + " PAYMENT_API_KEY)\n");

        Path manifest = module.path().resolve(TemplateModule.RESOURCES + "META-INF/cairn/template.yaml");
        Files.writeString(manifest, Files.readString(manifest) + """
                secrets:
                  - name: payment-key
                    env: PAYMENT_API_KEY
                    description: The payment provider's API key.
                """);

        CliRun declared = lint();

        assertThat(declared.exit()).as(declared.toString()).isZero();
    }

    @Test
    void a_version_already_published_or_older_is_an_error() throws Exception {
        Path repository = tmp.resolve("repository");
        FileRepository.deploy(repository, module, "1.0.0", tmp.resolve("work"));
        Path settings = TemplateModule.settings(tmp.resolve("settings"), "");

        CliRun same = lint("--repository", repository.toUri().toString(), "-s", settings.toString());

        assertThat(same.exit()).isEqualTo(1);
        assertThat(same.out()).contains("1 published in " + repository.toUri())
                .contains("error    src/main/resources/META-INF/cairn/template.yaml:2: version 1.0.0 is already published in "
                        + repository.toUri() + " (raise the version in the manifest and pom.xml)");

        module.version("0.9.0").readme("made by ${templateVersion}");
        CliRun older = lint("--repository", repository.toUri().toString(), "-s", settings.toString());

        assertThat(older.exit()).isEqualTo(1);
        assertThat(older.out()).contains("version 0.9.0 is older than 1.0.0, the newest in " + repository.toUri());

        module.version("1.1.0").readme("made by ${templateVersion}");
        CliRun newer = lint("--repository", repository.toUri().toString(), "-s", settings.toString());

        assertThat(newer.exit()).as(newer.toString()).isZero();
    }

    @Test
    void the_configured_publish_repository_is_checked_without_an_option() throws Exception {
        Path repository = tmp.resolve("repository");
        FileRepository.deploy(repository, module, "1.0.0", tmp.resolve("work"));
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "publish:\n  repository: " + repository.toUri() + "\n");
        Path settings = TemplateModule.settings(tmp.resolve("settings"), "");

        CliRun run = lint("--config", config.toString(), "-s", settings.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("version 1.0.0 is already published in " + repository.toUri());
    }

    @Test
    void a_folder_that_is_not_a_template_is_bad_input() {
        CliRun run = CliRun.of("template", "lint", tmp.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + tmp + ": not an archetype: ").hasLineCount(1);
    }
}
