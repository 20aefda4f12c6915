package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.generate.PristineSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's first command, {@code cairn new service -DgroupId=com.acme -DartifactId=orders}, on the bundled template. */
class NewServiceTest {

    private static final List<String> PIPELINES = List.of(".github/workflows/ci.yml", ".gitlab-ci.yml", "Jenkinsfile");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cairn(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void the_readme_command_gives_a_hexagonal_service_with_a_github_pipeline() throws IOException {
        Path project = tmp.resolve("orders");

        int exit = cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=orders", "--dir", project.toString(),
                "--non-interactive");

        assertThat(exit).as(err.toString()).isZero();
        for (String layer : List.of("domain/Order.java", "application/PlaceOrder.java", "application/port/OrderRepository.java",
                "adapter/in/web/OrderHttpHandler.java", "adapter/out/persistence/InMemoryOrderRepository.java",
                "config/ConfigLoader.java", "Application.java")) {
            assertThat(project.resolve("src/main/java/com/acme/orders/" + layer)).isRegularFile();
        }
        assertThat(project.resolve("src/main/java/com/acme/orders/domain/Order.java"))
                .content().startsWith("package com.acme.orders.domain;\n");
        assertThat(project.resolve(".github/workflows/ci.yml")).content()
                .contains("group: ${{ github.workflow }}-${{ github.ref }}")
                .contains("run: mvn -B verify");
        assertThat(project.resolve("README.md")).content().startsWith("# orders\n").contains("\n## Configure\n");
        assertThat(project.resolve(".gitignore")).content().contains("\n.env\n");
        assertThat(project.resolve(".env.example")).content().contains("\nAPI_TOKEN=\n");
        assertThat(project.resolve("pom.xml")).content().contains("<maven.compiler.release>17</maven.compiler.release>");
    }

    /**
     * Acceptance line 3 of the standard templates: plain {@code mvn archetype:generate} with the defaults writes
     * exactly what {@code cairn new service} writes, {@code .cairn/} aside. That the plugin's project builds is
     * proved in the same reactor build: the archetype's own {@code archetype:integration-test} (its "github"
     * case: the defaults) generates it with the plugin and runs {@code mvn verify} on it.
     */
    @Test
    void archetype_generate_with_the_defaults_writes_what_cairn_new_writes() throws Exception {
        Path plugin = RealArchetypePlugin.generateBundled("service", tmp.resolve("plugin"), "com.acme", "orders");
        Path project = tmp.resolve("orders");

        int exit = cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=orders", "--dir", project.toString(),
                "--non-interactive");

        assertThat(exit).as(err.toString()).isZero();
        Trees.assertSameTree(plugin, project);
        assertThat(project.resolve(".github/workflows/ci.yml")).isRegularFile(); // the trees compared are not empty
        assertThat(project.resolve(".cairn/answers.yaml")).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "gitlab", "jenkins"})
    void exactly_the_chosen_pipeline_is_written(String ci) {
        Path project = tmp.resolve(ci);

        int exit = cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=orders", "-Dci=" + ci,
                "--dir", project.toString(), "--non-interactive");

        assertThat(exit).as(err.toString()).isZero();
        String chosen = PIPELINES.get(List.of("github", "gitlab", "jenkins").indexOf(ci));
        for (String pipeline : PIPELINES) {
            assertThat(Files.exists(project.resolve(pipeline))).as(pipeline).isEqualTo(pipeline.equals(chosen));
        }
        assertThat(project.resolve(chosen)).content().contains("mvn -B verify");
        assertThat(Files.exists(project.resolve(".github"))).isEqualTo(ci.equals("github"));
    }

    /** Each framework gets its own web adapter, config and their tests, and none of the other's. */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "spring-boot"})
    void the_framework_chooses_the_web_adapter_and_config(String framework) throws IOException {
        Path project = tmp.resolve(framework);

        int exit = cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=orders", "-Dframework=" + framework,
                "--dir", project.toString(), "--non-interactive");

        assertThat(exit).as(err.toString()).isZero();
        List<String> plain = List.of("main/java/com/acme/orders/adapter/in/web/WebServer.java",
                "main/java/com/acme/orders/adapter/in/web/OrderHttpHandler.java", "main/java/com/acme/orders/config/ConfigLoader.java",
                "main/java/com/acme/orders/config/Wiring.java", "test/java/com/acme/orders/adapter/in/web/WebServerTest.java",
                "test/java/com/acme/orders/config/ConfigLoaderTest.java");
        List<String> spring = List.of("main/java/com/acme/orders/adapter/in/web/OrderController.java",
                "main/java/com/acme/orders/config/ServiceApplication.java", "main/java/com/acme/orders/config/ServiceConfiguration.java",
                "test/java/com/acme/orders/adapter/in/web/OrderControllerTest.java",
                "test/java/com/acme/orders/config/ServiceApplicationTest.java");
        boolean isSpring = framework.equals("spring-boot");
        for (String file : plain) {
            assertThat(Files.exists(project.resolve("src/" + file))).as(file).isEqualTo(!isSpring);
        }
        for (String file : spring) {
            assertThat(Files.exists(project.resolve("src/" + file))).as(file).isEqualTo(isSpring);
        }
        // both share the plain-Java core and its tests
        assertThat(project.resolve("src/main/java/com/acme/orders/application/PlaceOrder.java")).isRegularFile();
        assertThat(project.resolve("src/test/java/com/acme/orders/domain/OrderTest.java")).isRegularFile();
        assertThat(project.resolve("src/main/java/com/acme/orders/Application.java")).content()
                .contains(isSpring ? "ServiceApplication.start(args);" : "Wiring.webServer(config)");
        assertThat(project.resolve("pom.xml")).content()
                .satisfies(pom -> assertThat(pom.contains("<artifactId>spring-boot-dependencies</artifactId>")).isEqualTo(isSpring))
                .doesNotContain("#if", "#else", "#end");
        assertThat(project.resolve("src/main/resources/application.yaml")).content()
                .satisfies(yaml -> assertThat(yaml.contains("active: ${APP_ENV:dev}")).isEqualTo(isSpring));
    }

    @Test
    void every_velocity_escape_is_rendered() throws IOException {
        Path project = tmp.resolve("orders");
        assertThat(cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=order-service", "-DjavaVersion=21",
                "--dir", project.toString(), "--non-interactive")).as(err.toString()).isZero();

        try (Stream<Path> files = Files.walk(project)) {
            // .cairn/pristine.zip is the same render, zipped: its files are read where they are
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.endsWith(PristineSnapshot.PATH)).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as(project.relativize(file).toString())
                        .doesNotContain("symbol_pound", "symbol_dollar", "#set(", "${package}", "${artifactId}");
            }
        }
        // a dash is not allowed in a Java package: the default package drops it
        assertThat(project.resolve("src/main/java/com/acme/orderservice/Application.java")).isRegularFile();
        assertThat(project.resolve("pom.xml")).content().contains("<maven.compiler.release>21</maven.compiler.release>");
    }

    @Test
    void a_ci_the_template_does_not_know_is_refused() {
        int exit = cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=orders", "-Dci=travis",
                "--dir", tmp.resolve("orders").toString(), "--non-interactive");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("-Dci: 'travis' is not one of github, gitlab, jenkins");
        assertThat(tmp.resolve("orders")).doesNotExist();
    }

    /** Values that would give a pom or a Java package that does not compile are refused before anything is written. */
    @ParameterizedTest
    @ValueSource(strings = {"-DartifactId=Orders Service", "-DgroupId=com.Acme", "-Dpackage=com.acme.order-service"})
    void a_name_that_would_not_build_is_refused(String value) {
        String name = value.substring(2, value.indexOf('='));
        int exit = cairn("new", "service", "-DgroupId=com.acme", "-DartifactId=orders", value,
                "--dir", tmp.resolve("orders").toString(), "--non-interactive");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("-D" + name + ": '" + value.substring(value.indexOf('=') + 1) + "' does not match");
        assertThat(tmp.resolve("orders")).doesNotExist();
    }
}
