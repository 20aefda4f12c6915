package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code cairn describe} in-process on src/test/resources/templates/described. */
class DescribeCommandTest {

    private static final String FIXTURE = Path.of("src/test/resources/templates/described").toAbsolutePath().toString();

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void text_shows_what_a_newcomer_needs_aligned() {
        Run run = run("describe", FIXTURE);

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                Template:  described 2.1.0
                Name:      Described service
                Source:    %s

                A fixture service that "describe" shows: typed parameters, overlays and secrets.

                Parameters (set each with -Dname=value):
                  NAME           TYPE     DEFAULT       DESCRIPTION
                  framework      choice   plain         Web framework used by the adapters. One of: plain, spring-boot.
                  serviceName    string   (required)    DNS-safe name of the service. Must match: [a-z][a-z0-9-]*
                  coverageMin    integer  70            Minimum line coverage for the CI gate, in percent.
                  observability  boolean  false
                  persistence    string   memory
                  groupId        string   (required)    Maven groupId of the new project, e.g. com.acme.
                  artifactId     string   (required)
                  version        string   1.0-SNAPSHOT
                  package        string   ${groupId}

                Overlays (add with --with NAME):
                  postgres  JDBC adapter and Flyway migrations on PostgreSQL. Applied automatically when $persistence == 'postgres'.
                  docker    Multi-stage Dockerfile.

                Secrets (Cairn never takes their values; set the variable where the service runs):
                  NAME         ENV          REQUIRED IN    DESCRIPTION
                  db-password  DB_PASSWORD  staging, prod  Password of the service's PostgreSQL user. Needed when $persistence == 'postgres'.

                Post-generate script: yes (META-INF/archetype-post-generate.groovy); it runs only with --trust

                Generate with:
                  cairn new %s -DserviceName=... -DgroupId=... -DartifactId=...
                """.formatted(FIXTURE, FIXTURE));
    }

    @Test
    void json_has_the_documented_keys_and_values() {
        Run run = run("describe", FIXTURE, "--format", "json");

        assertThat(run.exit()).isZero();
        String json = run.out();
        assertThat(json).startsWith("""
                {
                  "id": "described",
                  "version": "2.1.0",
                  "source": "%s",
                  "name": "Described service",
                  "description": "A fixture service that \\"describe\\" shows: typed parameters, overlays and secrets.",
                  "legacy": false,
                  "parameters": [
                    {
                      "name": "framework",
                      "type": "choice",
                      "default": "plain",
                      "required": false,
                      "choices": [
                        "plain",
                        "spring-boot"
                      ],
                      "regex": null,
                      "help": "Web framework used by the adapters."
                    },
                    {
                      "name": "serviceName",
                      "type": "string",
                      "default": null,
                      "required": true,
                      "choices": [],
                      "regex": "[a-z][a-z0-9-]*",
                      "help": "DNS-safe name of the service"
                    },
                """.formatted(FIXTURE.replace("\\", "\\\\")));
        // the descriptor's default wins where the manifest gives only the type
        assertThat(json).contains("      \"name\": \"coverageMin\",\n      \"type\": \"integer\",\n"
                + "      \"default\": \"70\",\n      \"required\": false,\n");
        assertThat(json).contains("      \"name\": \"version\",\n      \"type\": \"string\",\n"
                + "      \"default\": \"1.0-SNAPSHOT\",\n");
        assertThat(json).endsWith("""
                  "overlays": [
                    {
                      "name": "postgres",
                      "description": "JDBC adapter and Flyway migrations on PostgreSQL.",
                      "when": "$persistence == 'postgres'"
                    },
                    {
                      "name": "docker",
                      "description": "Multi-stage Dockerfile.",
                      "when": null
                    }
                  ],
                  "secrets": [
                    {
                      "name": "db-password",
                      "env": "DB_PASSWORD",
                      "requiredIn": [
                        "staging",
                        "prod"
                      ],
                      "description": "Password of the service's PostgreSQL user.",
                      "when": "$persistence == 'postgres'"
                    }
                  ],
                  "postGenerateScript": true
                }
                """);
    }

    @Test
    void a_plain_legacy_archetype_has_only_the_built_ins_and_says_so() {
        String legacy = Path.of("src/test/resources/manifests/against/legacy").toAbsolutePath().toString();

        Run run = run("describe", legacy);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Descriptor:  legacy (no archetype-metadata.xml): only the built-in properties")
                .contains("""
                        Parameters (set each with -Dname=value):
                          NAME        TYPE    DEFAULT       DESCRIPTION
                          groupId     string  (required)
                          artifactId  string  (required)
                          version     string  1.0-SNAPSHOT
                          package     string  ${groupId}

                        Overlays: none

                        Secrets: none

                        Post-generate script: none
                        """);
        assertThat(run("describe", legacy, "--format", "json").out())
                .contains("\"legacy\": true", "\"overlays\": []", "\"secrets\": []", "\"postGenerateScript\": false");
    }

    @Test
    void an_unknown_template_is_bad_input_on_one_line() {
        Run run = run("describe", "no-such-template");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: no template 'no-such-template': not a bundled template, folder, jar,"
                + " git URL or Maven coordinates (run 'cairn list' for the templates you can use, or pass an archetype"
                + " folder or jar, git:URL[#TAG], or groupId:artifactId[:version])" + System.lineSeparator());
    }

    @Test
    void a_format_other_than_text_or_json_is_bad_input() {
        Run run = run("describe", FIXTURE, "--format", "yaml");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("error: Invalid value for option '--format'").contains("[text, json]");
    }
}
