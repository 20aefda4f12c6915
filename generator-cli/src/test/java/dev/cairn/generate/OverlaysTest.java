package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.CairnException;
import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The manifest's layer in {@link Render#render}: overlays, patches, conditions on files. */
class OverlaysTest {

    private static final String PKG = "src/main/java/com/acme/orders/";

    private final Template svc = Fixtures.svc();

    private static Answers answers(List<String> overlays, String... pairs) {
        Properties p = new Properties();
        p.setProperty("groupId", "com.acme");
        p.setProperty("artifactId", "orders");
        p.setProperty("version", "1.0.0-SNAPSHOT");
        p.setProperty("package", "com.acme.orders");
        p.setProperty("serviceName", "orders");
        p.setProperty("framework", "plain");
        p.setProperty("persistence", "memory");
        p.setProperty("ci", "github");
        p.setProperty("coverageMin", "70");
        p.setProperty("observability", "false");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return new Answers(p, overlays);
    }

    private static RenderedTree render(Template template, Answers answers) {
        return Render.render(template, answers, RenderOptions.defaults());
    }

    private static String text(RenderedTree tree, String path) {
        return new String(tree.file(path), StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static String error(Template template, Answers answers) {
        try {
            render(template, answers);
        } catch (CairnException e) {
            return e.userLine();
        }
        throw new AssertionError("no error");
    }

    @Test
    void without_overlays_the_archetype_render_is_untouched_except_for_false_file_conditions() {
        RenderedTree withManifest = render(svc, answers(List.of()));
        RenderedTree archetypeOnly = render(Fixtures.load("svc", null), answers(List.of()));

        assertThat(withManifest.files().keySet()).containsExactly(".github/workflows/ci.yml", "README.md", "pom.xml",
                PKG + "App.java", PKG + "adapter/out/memory/MemoryStore.java", "src/main/resources/application.yaml");
        assertThat(archetypeOnly.files().keySet()).contains("Jenkinsfile");
        for (String path : withManifest.files().keySet()) {
            assertThat(withManifest.file(path)).as(path).isEqualTo(archetypeOnly.file(path));
        }
    }

    @Test
    void file_conditions_drop_files_and_the_folders_they_leave_empty() {
        RenderedTree tree = render(svc, answers(List.of(), "ci", "jenkins"));

        assertThat(tree.files()).containsKey("Jenkinsfile").doesNotContainKey(".github/workflows/ci.yml");
        assertThat(tree.directories()).doesNotContain(".github", ".github/workflows");
    }

    @Test
    void an_overlay_removes_adds_with_path_tokens_and_patches() {
        RenderedTree tree = render(svc, answers(List.of("postgres")));

        assertThat(tree.files()).doesNotContainKey(PKG + "adapter/out/memory/MemoryStore.java");
        assertThat(tree.directories()).doesNotContain(PKG + "adapter/out/memory").contains(PKG + "adapter/out");
        assertThat(text(tree, PKG + "adapter/out/jdbc/JdbcStore.java"))
                .startsWith("package com.acme.orders.adapter.out.jdbc;\n\n/** Keeps orders's data in PostgreSQL. */");
        assertThat(text(tree, "src/main/resources/application.yaml")).isEqualTo("""
                # orders configuration
                server:
                  port: 8081
                app:
                  name: orders
                  version: 1.10
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/orders
                    password: ${DB_PASSWORD}
                """);
    }

    @Test
    void an_overlay_whose_condition_holds_applies_without_being_asked() {
        RenderedTree tree = render(svc, answers(List.of(), "persistence", "postgres"));

        assertThat(tree.files()).containsKey(PKG + "adapter/out/jdbc/JdbcStore.java");
    }

    @Test
    void an_overlay_file_replaces_a_generated_file_of_the_same_path() {
        Map<String, Manifest.Overlay> overlays = new LinkedHashMap<>(Fixtures.svcManifest().overlays());
        Template template = with(svc, overlays, Map.of("META-INF/cairn/overlays/docker/files/README.md", "# ${artifactId} in docker\n"));
        RenderedTree tree = render(template, answers(List.of("docker")));

        assertThat(text(tree, "README.md")).isEqualTo("# orders in docker\n");
        assertThat(text(tree, "Dockerfile")).isEqualTo("FROM eclipse-temurin:17-jre\nCOPY target/orders-1.0.0-SNAPSHOT.jar /app/app.jar\n");
    }

    @Test
    void a_token_that_climbs_out_of_the_project_is_refused() {
        Template template = with(svc, Fixtures.svcManifest().overlays(),
                Map.of("META-INF/cairn/overlays/docker/files/__framework__/x.txt", "x"));
        assertThat(error(template, answers(List.of("docker"), "framework", "..")))
                .startsWith("META-INF/cairn/overlays/docker/files/__framework__/x.txt: output path '../x.txt' climbs out");
    }

    @Test
    void a_patch_of_a_file_the_render_did_not_produce_names_the_manifest_line() {
        Map<String, Manifest.Overlay> overlays = new LinkedHashMap<>();
        overlays.put("postgres", new Manifest.Overlay("postgres", null, null, List.of(),
                List.of(new Manifest.Patch("src/main/resources/missing.yaml", "patches/application.yaml", 36)), 30));
        assertThat(error(with(svc, overlays, Map.of()), answers(List.of("postgres"))))
                .isEqualTo("template.yaml:36: overlay 'postgres' patches 'src/main/resources/missing.yaml', which the render"
                        + " did not produce (point the patch's target at a generated YAML file)");
    }

    @Test
    void a_missing_patch_file_names_the_manifest_line() {
        Map<String, Manifest.Overlay> overlays = new LinkedHashMap<>();
        overlays.put("postgres", new Manifest.Overlay("postgres", null, null, List.of(),
                List.of(new Manifest.Patch("src/main/resources/application.yaml", "patches/nope.yaml", 36)), 30));
        assertThat(error(with(svc, overlays, Map.of()), answers(List.of("postgres"))))
                .startsWith("template.yaml:36: overlay 'postgres' has no patch file 'patches/nope.yaml'");
    }

    @Test
    void an_unknown_overlay_in_recorded_answers_is_an_error() {
        assertThat(error(svc, answers(List.of("redis"))))
                .isEqualTo("unknown overlay 'redis' (known overlays: postgres, docker)");
    }

    @Test
    void overlays_see_the_answers_not_what_archetype_templates_set() {
        Template template = with(svc, Fixtures.svcManifest().overlays(), Map.of(
                "archetype-resources/src/main/java/App.java", "#set($artifactId = \"leaked\")package ${package};\n"));
        RenderedTree tree = render(template, answers(List.of("docker")));

        assertThat(text(tree, "Dockerfile")).contains("target/orders-1.0.0-SNAPSHOT.jar");
    }

    @Test
    void the_render_is_the_same_every_time() {
        RenderedTree first = render(svc, answers(List.of("postgres", "docker")));
        RenderedTree second = render(svc, answers(List.of("postgres", "docker")));
        assertThat(first.files().keySet()).isEqualTo(second.files().keySet());
        first.files().forEach((path, bytes) -> assertThat(second.file(path)).as(path).isEqualTo(bytes));
    }

    /** The svc fixture with other overlays and extra entries. */
    private static Template with(Template base, Map<String, Manifest.Overlay> overlays, Map<String, String> extra) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : base.files().names()) {
            if (!name.endsWith("/")) {
                entries.put(name, new String(base.files().read(name), StandardCharsets.UTF_8));
            }
        }
        entries.putAll(extra);
        Manifest m = Fixtures.svcManifest();
        return Fixtures.inMemory("svc", entries, new Manifest(m.id(), m.version(), m.name(), m.description(),
                m.parameters(), overlays, m.files(), m.secrets()));
    }
}
