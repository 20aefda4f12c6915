package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.template.BundledSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn list} with catalogs: a YAML catalog whose templates come from a Maven repository, a git
 * repository and a folder, and a Maven archetype-catalog.xml, each with its versions, configured in
 * Cairn's configuration file or named with {@code --catalog}.
 */
class CatalogListTest {

    @TempDir
    Path tmp;

    Path settings;
    String gitUrl;
    Path folder;

    @BeforeEach
    void sources_with_versions() throws Exception {
        Path repository = tmp.resolve("repository");
        TemplateModule maven = TemplateModule.write(tmp.resolve("maven-template"), "catalog-template", "1.0.0");
        FileRepository.deploy(repository, maven, "1.0.0", tmp.resolve("work"));
        maven.version("1.2.0");
        FileRepository.deploy(repository, maven, "1.2.0", tmp.resolve("work"));
        settings = TemplateModule.settings(tmp.resolve("settings"), TemplateModule.offlineWithRepository(repository));

        Path git = tmp.resolve("git-template");
        TemplateModule.write(git, "git-template", "0.9.0");
        try (var repo = org.eclipse.jgit.api.Git.init().setDirectory(git.toFile()).call()) {
            var author = new org.eclipse.jgit.lib.PersonIdent("Platform Team", "platform@example.com");
            repo.add().addFilepattern(".").call();
            repo.commit().setMessage("0.9.0").setAuthor(author).setCommitter(author).setSign(false).call();
            repo.tag().setName("v0.9.0").setAnnotated(false).call();
        }
        gitUrl = git.toUri().toString();
        folder = tmp.resolve("catalogs/local-template");
        TemplateModule.write(folder, "local-template", "3.1.0");
    }

    private Path yamlCatalog() throws Exception {
        Path catalog = tmp.resolve("catalogs/acme.yaml");
        Files.writeString(catalog, """
                name: acme
                templates:
                  - name: service
                    source: com.example.templates:catalog-template
                    description: Acme's HTTP service
                  - name: from-git
                    source: git:%s
                  - name: local
                    source: local-template
                    description: A folder beside the catalog
                """.formatted(gitUrl));
        return catalog;
    }

    private Path archetypeCatalog() throws Exception {
        Path catalog = tmp.resolve("catalogs/archetype-catalog.xml");
        Files.writeString(catalog, """
                <?xml version="1.0" encoding="UTF-8"?>
                <archetype-catalog xmlns="http://maven.apache.org/plugins/maven-archetype-plugin/archetype-catalog/1.0.0">
                  <archetypes>
                    <archetype>
                      <groupId>org.apache.maven.archetypes</groupId>
                      <artifactId>maven-archetype-quickstart</artifactId>
                      <version>1.5</version>
                      <description>An archetype which contains a sample Maven project.</description>
                    </archetype>
                    <archetype>
                      <groupId>org.apache.maven.archetypes</groupId>
                      <artifactId>maven-archetype-quickstart</artifactId>
                      <version>1.4</version>
                    </archetype>
                    <archetype>
                      <groupId>org.apache.maven.archetypes</groupId>
                      <artifactId>maven-archetype-webapp</artifactId>
                      <version>1.4</version>
                      <description>An archetype which contains a sample Maven Webapp project.</description>
                    </archetype>
                  </archetypes>
                </archetype-catalog>
                """);
        return catalog;
    }

    @Test
    void lists_each_catalog_after_the_bundled_templates_with_versions() throws Exception {
        CliRun run = CliRun.of("list", "--catalog", yamlCatalog().toString(), "--catalog", archetypeCatalog().toString(),
                "-s", settings.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        String catalogs = run.out().substring(run.out().indexOf("\nCatalog acme"));
        assertThat(rows(catalogs)).containsExactly(
                List.of("Catalog acme (" + tmp.resolve("catalogs/acme.yaml") + "):"),
                List.of("TEMPLATE", "VERSIONS", "SOURCE", "DESCRIPTION"),
                List.of("service", "1.0.0, 1.2.0", "com.example.templates:catalog-template", "Acme's HTTP service"),
                List.of("from-git", "0.9.0", "git:" + gitUrl),
                List.of("local", "3.1.0", folder.toString(), "A folder beside the catalog"),
                List.of("Catalog archetype-catalog (" + tmp.resolve("catalogs/archetype-catalog.xml") + "):"),
                List.of("TEMPLATE", "VERSIONS", "SOURCE", "DESCRIPTION"),
                List.of("maven-archetype-quickstart", "1.4, 1.5", "org.apache.maven.archetypes:maven-archetype-quickstart",
                        "An archetype which contains a sample Maven project."),
                List.of("maven-archetype-webapp", "1.4", "org.apache.maven.archetypes:maven-archetype-webapp",
                        "An archetype which contains a sample Maven Webapp project."),
                List.of("Run 'cairn describe TEMPLATE' to see its parameters, overlays and secrets."),
                List.of("Generate from a catalog with 'cairn new SOURCE' (SOURCE:VERSION or git:URL#TAG for an older version)."));
        for (String name : BundledSource.names()) {
            assertThat(run.out().substring(0, run.out().indexOf("\nCatalog acme"))).contains(name);
        }
    }

    @Test
    void the_configuration_file_names_catalogs_relative_to_itself_and_json_has_every_key() throws Exception {
        yamlCatalog();
        Path config = tmp.resolve("config/config.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "catalogs:\n  - ../catalogs/acme.yaml\n");

        CliRun run = CliRun.of("list", "--config", config.toString(), "-s", settings.toString(), "--format", "json");

        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode catalog = new ObjectMapper().readTree(run.out()).get("catalogs").get(0);
        assertThat(catalog.get("name").asText()).isEqualTo("acme");
        assertThat(catalog.get("location").asText()).isEqualTo(tmp.resolve("catalogs/acme.yaml").toString());
        JsonNode service = catalog.get("templates").get(0);
        assertThat(service.toString()).isEqualTo("{\"name\":\"service\",\"source\":\"com.example.templates:catalog-template\","
                + "\"description\":\"Acme's HTTP service\",\"versions\":[\"1.0.0\",\"1.2.0\"],\"problem\":null}");
        JsonNode fromGit = catalog.get("templates").get(1);
        assertThat(fromGit.get("description").isNull()).isTrue();
        assertThat(fromGit.get("versions").toString()).isEqualTo("[\"0.9.0\"]");
    }

    /** The non-empty lines, each cut into its cells (a table's columns are two or more spaces apart). */
    private static List<List<String>> rows(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> Arrays.asList(l.strip().split(" {2,}"))).toList();
    }

    @Test
    void a_template_whose_versions_cannot_be_listed_is_a_warning_not_a_failure() throws Exception {
        Path catalog = tmp.resolve("catalogs/broken.yaml");
        Files.createDirectories(catalog.getParent());
        Files.writeString(catalog, "templates:\n  - name: gone\n    source: git:" + tmp.resolve("gone").toUri() + "\n");

        CliRun run = CliRun.of("list", "--catalog", catalog.toString(), "-s", settings.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).startsWith("warning: catalog broken: gone: cannot reach the git repository ").hasLineCount(1);
        assertThat(rows(run.out())).contains(List.of("gone", "-", "git:" + tmp.resolve("gone").toUri()));
    }

    @Test
    void a_malformed_catalog_is_one_line_naming_file_and_line_and_exit_2() throws Exception {
        Path catalog = tmp.resolve("bad.yaml");
        Files.writeString(catalog, "templates:\n  - name: x\n    sorce: a:b\n");

        CliRun run = CliRun.of("list", "--catalog", catalog.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + catalog + ":3: unknown key 'sorce' in a catalog entry"
                + " (did you mean 'source'?)\n");
    }

    @Test
    void a_malformed_archetype_catalog_names_its_line_and_exit_2() throws Exception {
        Path catalog = tmp.resolve("archetype-catalog.xml");
        Files.writeString(catalog, "<archetype-catalog>\n  <archetypes>\n    <archetype>\n  </archetypes>\n");

        CliRun run = CliRun.of("list", "--catalog", catalog.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + catalog + ":4: malformed archetype catalog: ").hasLineCount(1);
    }

    @Test
    void a_catalog_is_read_from_a_web_server_too() throws Exception {
        byte[] catalog = Files.readAllBytes(archetypeCatalog());
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean found = exchange.getRequestURI().getPath().equals("/templates/archetype-catalog.xml");
                exchange.sendResponseHeaders(found ? 200 : 404, found ? catalog.length : -1);
                if (found) {
                    exchange.getResponseBody().write(catalog);
                }
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/templates/";

            CliRun found = CliRun.of("list", "--catalog", base + "archetype-catalog.xml");
            CliRun missing = CliRun.of("list", "--catalog", base + "gone.yaml");

            assertThat(found.exit()).as(found.toString()).isZero();
            assertThat(rows(found.out())).contains(List.of("maven-archetype-webapp", "1.4",
                    "org.apache.maven.archetypes:maven-archetype-webapp", "An archetype which contains a sample Maven Webapp project."));
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).isEqualTo("error: " + base + "gone.yaml: the server answered 404"
                    + " (check the catalog's URL in your configuration)\n");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_missing_catalog_is_one_line_and_exit_2() {
        CliRun run = CliRun.of("list", "--catalog", tmp.resolve("nope.yaml").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + tmp.resolve("nope.yaml")
                + ": no such catalog (check the path in your configuration or --catalog)\n");
    }
}
