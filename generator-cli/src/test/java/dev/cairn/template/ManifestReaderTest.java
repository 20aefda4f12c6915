package dev.cairn.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One manifest per case under src/test/resources/manifests/, each with the exact line a user sees. */
class ManifestReaderTest {

    private static final Path MANIFESTS = Path.of("src/test/resources/manifests");

    @TempDir
    Path temp;

    @Test
    void reads_the_documented_example() {
        Manifest m = parse("full.yaml");

        assertThat(m.id()).isEqualTo("service");
        assertThat(m.version()).isEqualTo("1.0.0");
        assertThat(m.name()).isEqualTo("Hexagonal Java service");
        assertThat(m.description()).isEqualTo("A Java 17 Maven service with hexagonal packages and a CI pipeline.");
        assertThat(m.parameters()).containsExactly(
                new Manifest.Parameter("framework", Manifest.Type.CHOICE, "Web framework used by the adapters.", "plain",
                        null, List.of("plain", "spring-boot"), 9),
                new Manifest.Parameter("coverageMin", Manifest.Type.INTEGER,
                        "Minimum line coverage for the CI gate, in percent.", "70", null, List.of(), 14),
                new Manifest.Parameter("serviceName", Manifest.Type.STRING, "DNS-safe name of the service.", null,
                        "[a-z][a-z0-9-]*", List.of(), 18),
                new Manifest.Parameter("observability", Manifest.Type.BOOLEAN, null, "false", null, List.of(), 22));
        assertThat(m.overlays()).containsOnlyKeys("postgres", "docker");
        assertThat(m.overlays().keySet()).containsExactly("postgres", "docker");
        assertThat(m.overlays().get("postgres")).isEqualTo(new Manifest.Overlay("postgres",
                "JDBC adapter and Flyway migrations on PostgreSQL.", "$persistence == 'postgres'",
                List.of("src/main/java/**/adapter/out/memory/**"),
                List.of(new Manifest.Patch("src/main/resources/application.yaml", "patches/application.yaml", 33)), 27));
        assertThat(m.overlays().get("docker")).isEqualTo(
                new Manifest.Overlay("docker", "Multi-stage Dockerfile.", null, List.of(), List.of(), 35));
        assertThat(m.files()).containsExactly(new Manifest.FileCondition("Jenkinsfile", "$ci == 'jenkins'", 39));
        assertThat(m.secrets()).containsExactly(new Manifest.Secret("db-password",
                "Password of the service's PostgreSQL user.", "DB_PASSWORD", List.of("staging", "prod"),
                "$persistence == 'postgres'", 43));
    }

    @Test
    void ownership_and_migrations_are_read_and_the_last_matching_ownership_wins() {
        Manifest m = Manifest.parse("""
                version: 1.2.0
                files:
                  - path: "ci/**"
                    ownership: template
                  - path: "ci/local.yml"
                    ownership: seed
                  - path: Jenkinsfile
                    when: "$ci == 'jenkins'"
                migrations:
                  - version: 1.1.0
                    move: {from: "config/__artifactId__.yaml", to: app.yaml}
                  - version: 1.2.0
                    renameKey: {file: app.yaml, from: server.port, to: server.httpPort}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "template.yaml");

        assertThat(m.files()).containsExactly(new Manifest.FileCondition("ci/**", null, Manifest.Ownership.TEMPLATE, 3),
                new Manifest.FileCondition("ci/local.yml", null, Manifest.Ownership.SEED, 5),
                new Manifest.FileCondition("Jenkinsfile", "$ci == 'jenkins'", null, 7));
        assertThat(m.ownership("ci/pipeline.yml")).isEqualTo(Manifest.Ownership.TEMPLATE);
        assertThat(m.ownership("ci/local.yml")).isEqualTo(Manifest.Ownership.SEED);
        assertThat(m.ownership("Jenkinsfile")).isEqualTo(Manifest.Ownership.MERGED);
        assertThat(m.migrations()).containsExactly(
                new Manifest.Migration("1.1.0", Manifest.Migration.Step.MOVE, null, "config/__artifactId__.yaml", "app.yaml", 10),
                new Manifest.Migration("1.2.0", Manifest.Migration.Step.RENAME_KEY, "app.yaml", "server.port",
                        "server.httpPort", 12));
    }

    @Test
    void numbers_and_booleans_are_read_as_the_text_written() {
        Manifest m = parse("coerced.yaml");

        assertThat(m.version()).isEqualTo("2");
        assertThat(m.parameter("coverageMin").defaultValue()).isEqualTo("70");
        assertThat(m.parameter("observability").defaultValue()).isEqualTo("false");
        // a YAML float keeps its text: 1.10 is not 1.1
        assertThat(m.parameter("release").defaultValue()).isEqualTo("1.10");
        assertThat(m.parameter("release").type()).isEqualTo(Manifest.Type.STRING);
        assertThat(m.overlays().get("docker").remove()).isEmpty();
        assertThat(m.secret("api-token").requiredIn()).isEmpty();
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("broken-syntax.yaml", "template.yaml:7: expected <block end>, but found '<block mapping start>'"
                        + " (fix the YAML: check indentation, and quote values that contain ': ' or ' #')"),
                Arguments.of("two-documents.yaml", "template.yaml:2: expected a single document in the stream,"
                        + " but found another document (a file holds one YAML document: remove the second '---')"),
                Arguments.of("empty.yaml", "template.yaml: is empty (add at least 'version: 1.0.0', the template's own version)"),
                Arguments.of("missing-version.yaml",
                        "template.yaml:1: 'version' is missing (add 'version: 1.0.0', the template's own version)"),
                Arguments.of("bad-id.yaml", "template.yaml:1: id 'My Service' is not a valid template id"
                        + " (use lower-case letters, digits and '-', starting with a letter or digit)"),
                Arguments.of("multiline-name.yaml", "template.yaml:2: 'name' must be one line (put longer text in 'description')"),
                Arguments.of("unknown-top-key.yaml",
                        "template.yaml:2: unknown key 'paramters' in the manifest (did you mean 'parameters'?)"),
                Arguments.of("unknown-parameter-key.yaml",
                        "template.yaml:4: unknown key 'defualt' in a parameter (did you mean 'default'?)"),
                Arguments.of("unknown-overlay-key.yaml",
                        "template.yaml:5: unknown key 'patchs' in overlay 'postgres' (did you mean 'patches'?)"),
                Arguments.of("unknown-file-key.yaml",
                        "template.yaml:4: unknown key 'if' in a file entry (known keys: path, when, ownership)"),
                Arguments.of("unknown-secret-key.yaml",
                        "template.yaml:5: unknown key 'reqiredIn' in a secret (did you mean 'requiredIn'?)"),
                Arguments.of("parameters-not-a-list.yaml", "template.yaml:3: 'parameters' must be a list, not a mapping"
                        + " (write one '- ' item per line, or [a, b])"),
                Arguments.of("unknown-type.yaml",
                        "template.yaml:12: unknown type 'strng' (use string, boolean, choice, integer)"),
                Arguments.of("choice-without-choices.yaml", "template.yaml:3: parameter 'framework' of type choice needs"
                        + " a non-empty 'choices' list (e.g. 'choices: [plain, spring-boot]')"),
                Arguments.of("choice-empty-choices.yaml", "template.yaml:5: parameter 'framework' of type choice needs"
                        + " a non-empty 'choices' list (e.g. 'choices: [plain, spring-boot]')"),
                Arguments.of("choice-default-not-a-choice.yaml", "template.yaml:6: default 'quarkus' of parameter"
                        + " 'framework' is not one of its choices (use one of plain, spring-boot)"),
                Arguments.of("choices-on-string.yaml", "template.yaml:4: parameter 'framework' has 'choices' but is not"
                        + " of type choice (set 'type: choice' or remove 'choices')"),
                Arguments.of("invalid-regex.yaml", "template.yaml:4: invalid regex '[a-z' for parameter 'serviceName':"
                        + " Unclosed character class (write a Java regular expression)"),
                Arguments.of("default-violates-regex.yaml", "template.yaml:5: default 'Orders' of parameter 'serviceName'"
                        + " does not match its regex '[a-z][a-z0-9-]*'"),
                Arguments.of("boolean-default-yes.yaml", "template.yaml:5: default 'yes' of parameter 'observability'"
                        + " is not a boolean (use true or false)"),
                Arguments.of("integer-default-decimal.yaml", "template.yaml:5: default '70.5' of parameter 'coverageMin'"
                        + " is not an integer (use digits, with an optional minus sign)"),
                Arguments.of("duplicate-parameter.yaml", "template.yaml:6: parameter 'framework' is declared twice"
                        + " (it is already declared on line 3; keep one)"),
                Arguments.of("duplicate-key.yaml", "template.yaml:4: duplicate key 'name' (it is already set on line 2; keep one)"),
                Arguments.of("secret-missing-env.yaml", "template.yaml:3: 'env' is missing"
                        + " (give the environment variable that carries it, e.g. 'env: DB_PASSWORD')"),
                Arguments.of("secret-bad-env.yaml", "template.yaml:4: env 'db-password' of secret 'db-password' is not an"
                        + " environment variable name (use letters, digits and '_', e.g. DB_PASSWORD)"),
                Arguments.of("secret-collides-with-parameter.yaml", "template.yaml:5: secret 'dbPassword' has the name of"
                        + " the parameter on line 3 (rename one; a secret is never a parameter value)"),
                Arguments.of("bad-overlay-name.yaml", "template.yaml:3: overlay name 'Postgres_DB' is not valid"
                        + " (use lower-case letters, digits and '-', starting with a letter or digit)"),
                Arguments.of("patch-climbs-out.yaml", "template.yaml:6: a patch file '../../../maven/archetype-metadata.xml'"
                        + " climbs out with '..' (use a relative path that stays inside)"),
                Arguments.of("java-tag.yaml", "template.yaml:2: tag '!!javax.script.ScriptEngineManager' is not allowed"
                        + " (Cairn reads plain YAML only: remove the tag)"),
                Arguments.of("global-tag.yaml", "template.yaml:4: tag '!!java.lang.Runtime' is not allowed"
                        + " (Cairn reads plain YAML only: remove the tag)"),
                Arguments.of("local-tag.yaml", "template.yaml:2: tag '!shell' is not allowed"
                        + " (Cairn reads plain YAML only: remove the tag)"),
                Arguments.of("merge-key.yaml", "template.yaml:6: merge keys ('<<') are not supported"
                        + " (write the keys out instead of merging an anchor)"),
                Arguments.of("recursive-alias.yaml", "template.yaml:2: an alias refers to a node that contains it"
                        + " (recursive YAML is not allowed; write the value out)"),
                Arguments.of("unknown-ownership.yaml", "template.yaml:4: unknown ownership 'owned' (use merged, template or seed)"),
                Arguments.of("migration-two-steps.yaml", "template.yaml:3: a migration has either 'move' or 'renameKey', not both"
                        + " (e.g. 'move: {from: old/path, to: new/path}' or 'renameKey: {file: app.yaml, from: a.b, to: a.c}')"),
                Arguments.of("migration-newer-than-template.yaml", "template.yaml:3: migration for version 1.2.0 is newer than"
                        + " the template's version 1.1.0 (a migration belongs to the version that needs it: this one or an older one)"),
                Arguments.of("migration-rename-key-moves.yaml", "template.yaml:7: renameKey renames a key inside its mapping:"
                        + " 'http.port' must differ from 'server.port' in its last part only (e.g. from: server.port, to: server.httpPort)"),
                Arguments.of("migration-move-climbs-out.yaml", "template.yaml:6: a move's 'to' '../outside.yaml' climbs out with"
                        + " '..' (use a relative path that stays inside)"),
                Arguments.of("alias-bomb.yaml", "template.yaml:5: more than 20 aliases of mappings or lists"
                        + " (expand the YAML by hand; anchors and aliases are limited to keep alias bombs out)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void a_bad_manifest_is_refused_with_one_line_naming_the_line(String file, String expected) {
        assertThatThrownBy(() -> Manifest.parse(read(MANIFESTS.resolve("bad").resolve(file)), "template.yaml"))
                .isInstanceOf(CairnException.class)
                .extracting(e -> ((CairnException) e).userLine())
                .isEqualTo(expected);
    }

    @Test
    void every_bad_case_on_disk_is_tested() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS.resolve("bad"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyInAnyOrderElementsOf(bad().map(a -> (String) a.get()[0]).toList());
        }
    }

    // ---- agreement with the archetype descriptor ----

    @Test
    void the_documented_example_agrees_with_its_descriptor() throws IOException {
        Template t = load("template", "ok.yaml");

        assertThat(t.id()).isEqualTo("service");
        assertThat(t.version()).isEqualTo("1.0.0");
        assertThat(t.manifest().parameters()).hasSize(6);
    }

    @Test
    void a_legacy_archetype_may_describe_its_built_ins() throws IOException {
        Template t = load("legacy", "legacy-ok.yaml");

        assertThat(t.isLegacy()).isTrue();
        assertThat(t.manifest().parameter("groupId").help()).isEqualTo("Maven groupId.");
    }

    static Stream<Arguments> disagreeing() {
        String file = "META-INF/cairn/template.yaml";
        return Stream.of(
                Arguments.of("template", "not-a-property.yaml", file + ":4: parameter 'framwork' is not a requiredProperty"
                        + " of archetype-metadata.xml (did you mean 'framework'? otherwise declare it in the descriptor)"),
                Arguments.of("template", "default-differs.yaml", file + ":3: parameter 'framework' has default"
                        + " 'spring-boot' but archetype-metadata.xml says defaultValue 'plain'"
                        + " (make them equal; mvn archetype:generate only reads the descriptor)"),
                Arguments.of("template", "regex-differs.yaml", file + ":3: parameter 'serviceName' has regex '[a-z]+'"
                        + " but archetype-metadata.xml says validationRegex '[a-z][a-z0-9-]*'"
                        + " (make them equal; mvn archetype:generate only reads the descriptor)"),
                Arguments.of("template", "descriptor-default-wrong-type.yaml", file + ":3: archetype-metadata.xml gives"
                        + " parameter 'persistence' defaultValue 'memory', which is not one of its choices"
                        + " (use one of postgres, mongo) (make the descriptor's default fit the parameter's type)"),
                Arguments.of("template", "builtin-with-default.yaml", file + ":5: built-in parameter 'version' has a"
                        + " default but archetype-metadata.xml does not declare it"
                        + " (declare it as a requiredProperty with that value, or give only help text)"),
                Arguments.of("template", "missing-patch-file.yaml", file + ":5: overlay 'postgres': patch file"
                        + " META-INF/cairn/overlays/postgres/patches/application.yml does not exist"
                        + " (add it, or correct 'patch:')"),
                Arguments.of("template", "overlay-does-nothing.yaml", file + ":5: overlay 'kafka' does nothing: no folder"
                        + " META-INF/cairn/overlays/kafka/ and no remove or patches"
                        + " (add its files under META-INF/cairn/overlays/kafka/files/, name it after a boolean parameter"
                        + " it switches on, or remove the overlay)"),
                Arguments.of("template", "secret-named-like-property.yaml", file + ":3: secret 'ci' has the name of a"
                        + " property of the archetype (rename the secret)"),
                Arguments.of("legacy", "legacy-parameter.yaml", file + ":5: parameter 'framework' is not a property of"
                        + " this legacy archetype (META-INF/maven/archetype.xml)"
                        + " (a legacy archetype only has groupId, artifactId, version, package)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("disagreeing")
    void a_manifest_that_disagrees_with_the_archetype_is_refused(String archetype, String manifest, String expected) {
        assertThatThrownBy(() -> load(archetype, manifest))
                .isInstanceOf(CairnException.class)
                .extracting(e -> ((CairnException) e).userLine())
                .isEqualTo(expected);
    }

    private static Manifest parse(String name) {
        return Manifest.parse(read(MANIFESTS.resolve(name)), "template.yaml");
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archetype fixture copied to a temporary folder with the case's manifest beside it. */
    private Template load(String archetype, String manifest) throws IOException {
        Path source = MANIFESTS.resolve("against").resolve(archetype);
        Path target = temp.resolve(archetype);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
        Path manifestFile = target.resolve(Template.MANIFEST);
        Files.createDirectories(manifestFile.getParent());
        Files.copy(MANIFESTS.resolve("against").resolve(manifest), manifestFile);
        return TemplateLoader.load(new FolderSource(target));
    }
}
