package dev.cairn.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CairnConfigTest {

    @Test
    void every_key_is_read() {
        CairnConfig config = CairnConfig.parse("""
                base-package: com.acme.orders
                layers:
                  domain: com.acme.orders.model..
                  application: [com.acme.orders.usecase..]
                  adapters: [com.acme.orders.web.., com.acme.orders.db..]
                  config: com.acme.orders.boot..
                  internal: [com.acme.orders..impl..]
                frameworks:
                  packages: [io.vertx..]
                migration:
                  legacy-packages: [com.acme.legacy.., org.apache.commons.lang..]
                rules:
                  cairn.coding.no-standard-streams: warn
                  cairn.naming.*: off
                  cairn.project.billing-alone: warn
                dependency-rules:
                  - name: billing-alone
                    from: com.acme.orders.billing..
                    to: [com.acme.orders.shipping..]
                    because: billing is sold separately
                  - id: cairn.project.no-reporting
                    from: com.acme.orders..
                    to: com.acme.reporting..
                    because: reporting reads our database, never our code
                    severity: off
                naming:
                  port-packages: [ports]
                  web-adapter-suffixes: [Endpoint]
                  dto-suffixes: [Payload]
                checkstyle:
                  config: strict
                  suppressions: config/checkstyle-suppressions.xml
                secrets:
                  ignore: ["src/test/resources/**", "*.pem"]
                playbook-sources: [../platform/playbooks, tools/acme-playbooks.jar]
                playbooks: [service-readiness, release]
                """, "cairn.yaml");

        assertThat(config.fileName()).isEqualTo("cairn.yaml");
        assertThat(config.basePackage()).contains("com.acme.orders");
        assertThat(config.layers()).isEqualTo(new CairnConfig.Layers(List.of("com.acme.orders.model.."),
                List.of("com.acme.orders.usecase.."), List.of("com.acme.orders.web..", "com.acme.orders.db.."),
                List.of("com.acme.orders.boot.."), List.of("com.acme.orders..impl..")));
        assertThat(config.frameworks()).containsAll(CairnConfig.DEFAULT_FRAMEWORKS).endsWith("io.vertx..");
        assertThat(config.legacyPackages()).containsExactly("com.acme.legacy..", "org.apache.commons.lang..");
        assertThat(config.severities()).isEqualTo(Map.of("cairn.coding.no-standard-streams", Severity.WARN,
                "cairn.naming.*", Severity.OFF, "cairn.project.billing-alone", Severity.WARN));
        assertThat(config.severityOf("cairn.coding.no-standard-streams", Severity.ERROR)).isEqualTo(Severity.WARN);
        assertThat(config.severityOf("cairn.naming.web-adapters", Severity.WARN)).isEqualTo(Severity.OFF);
        assertThat(config.severityOf("cairn.coding.no-cycles", Severity.ERROR)).isEqualTo(Severity.ERROR);
        assertThat(config.dependencyRules()).containsExactly(
                new CairnConfig.DependencyRule("cairn.project.billing-alone", "com.acme.orders.billing..",
                        List.of("com.acme.orders.shipping.."), "billing is sold separately", Severity.ERROR),
                new CairnConfig.DependencyRule("cairn.project.no-reporting", "com.acme.orders..",
                        List.of("com.acme.reporting.."), "reporting reads our database, never our code", Severity.OFF));
        assertThat(config.naming()).isEqualTo(new CairnConfig.Naming(List.of("ports"), List.of("Endpoint"), List.of("Payload")));
        assertThat(config.checkstyle()).isEqualTo(new CairnConfig.Checkstyle("strict", Optional.of("config/checkstyle-suppressions.xml")));
        assertThat(config.secrets().ignore()).containsExactly("src/test/resources/**", "*.pem");
        assertThat(config.playbooks()).containsExactly("service-readiness", "release");
        assertThat(config.playbookSources()).containsExactly("../platform/playbooks", "tools/acme-playbooks.jar");
    }

    @Test
    void frameworks_can_replace_the_defaults() {
        CairnConfig config = CairnConfig.parse("""
                frameworks:
                  replace-defaults: true
                  packages: [org.springframework..]
                """, "cairn.yaml");

        assertThat(config.frameworks()).containsExactly("org.springframework..");
    }

    @Test
    void defaults_apply_without_a_file(@TempDir Path projectRoot) {
        CairnConfig config = CairnConfig.load(projectRoot);

        assertThat(config.fileName()).isEqualTo("(defaults)");
        assertThat(config.basePackage()).isEmpty();
        assertThat(config.layers()).isEqualTo(CairnConfig.Layers.CONVENTIONAL);
        assertThat(config.frameworks()).isEqualTo(CairnConfig.DEFAULT_FRAMEWORKS)
                .contains("org.springframework..", "jakarta..", "javax.persistence..", "javax.ejb..", "javax.inject..",
                        "javax.ws.rs..", "io.micronaut..", "io.quarkus..", "org.hibernate..");
        assertThat(config.legacyPackages()).isEmpty();
        assertThat(config.severities()).isEmpty();
        assertThat(config.dependencyRules()).isEmpty();
        assertThat(config.naming()).isEqualTo(CairnConfig.Naming.DEFAULTS);
        assertThat(config.checkstyle()).isEqualTo(new CairnConfig.Checkstyle("standard", Optional.empty()));
        assertThat(config.secrets().ignore()).isEmpty();
        assertThat(config.playbooks()).isEmpty();
    }

    @Test
    void an_empty_file_means_defaults() {
        CairnConfig config = CairnConfig.parse("# nothing configured yet\n", "cairn.yaml");

        assertThat(config.frameworks()).isEqualTo(CairnConfig.DEFAULT_FRAMEWORKS);
        assertThat(config.dependencyRules()).isEmpty();
    }

    @Test
    void load_reads_the_file_at_the_project_root(@TempDir Path projectRoot) throws IOException {
        Files.writeString(projectRoot.resolve("cairn.yaml"), "base-package: com.acme\n");

        assertThat(CairnConfig.load(projectRoot).basePackage()).contains("com.acme");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key   | base-package: a.b\\nlayer:\\n  domain: x..                    | 2 | unknown key 'layer' in the top level
            unknown nested key      | layers:\\n  domain: a..\\n  web: b..                         | 3 | unknown key 'web' in layers
            mapping expected        | layers: [a..]                                                 | 1 | expected a mapping for layers, found a list
            list expected           | migration:\\n  legacy-packages: {a: b}                       | 2 | expected package patterns as a list, found a mapping
            boolean expected        | frameworks:\\n  replace-defaults: maybe                      | 2 | expected true or false, found 'maybe'
            bad severity            | rules:\\n  cairn.coding.no-cycles: fatal                     | 2 | bad severity 'fatal'
            unknown rule id         | rules:\\n  cairn.coding.no-cycle: off                        | 2 | unknown rule id 'cairn.coding.no-cycle'
            bad package             | base-package: com.acme..orders                                | 1 | 'com.acme..orders' is not a Java package name
            bad pattern             | layers:\\n  domain: 'com.(acme'                              | 2 | 'com.(acme' is not a package pattern
            broken YAML             | layers:\\n  domain: [a..\\n  application: b..\\n             | 3 | not valid YAML
            tab indentation         | layers:\\n\\tdomain: a..                                     | 2 | not valid YAML
            global tag              | base-package: !!java.lang.Object a                            | 1 | not allowed
            local tag               | playbooks: !mine [a]                                          | 1 | not allowed
            duplicate key           | playbooks: [a]\\nplaybooks: [b]                              | 2 | key 'playbooks' appears twice
            rule without name       | dependency-rules:\\n  - from: a..\\n    to: b..\\n    because: c | 2 | dependency rule without a name
            rule without because    | dependency-rules:\\n  - name: x\\n    from: a..\\n    to: b..   | 2 | dependency rule without 'because'
            bad rule id             | dependency-rules:\\n  - id: mine.x\\n    from: a..\\n    to: b..\\n    because: c | 2 | is not cairn.project.<name>
            bad checkstyle config   | checkstyle:\\n  config: lax                                  | 2 | checkstyle config 'lax' is unknown
            empty list              | layers:\\n  domain: []                                       | 2 | empty list
            empty playbook sources  | playbook-sources: []                                          | 1 | empty list
            """)
    void bad_input_names_file_and_line(String name, String yaml, int line, String problem) {
        assertThatThrownBy(() -> CairnConfig.parse(yaml.replace("\\n", "\n").replace("\\t", "\t"), "cairn.yaml"))
                .isInstanceOfSatisfying(CairnConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo("cairn.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("cairn.yaml:" + line + ": ").contains(problem);
                    assertThat(e.hint()).isNotBlank();
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void aliases_are_limited() {
        String yaml = "playbooks: [&p [a], " + "*p, ".repeat(30) + "*p]\n";

        assertThatThrownBy(() -> CairnConfig.parse(yaml, "cairn.yaml"))
                .isInstanceOf(CairnConfigException.class)
                .hasMessageStartingWith("cairn.yaml")
                .hasMessageContaining("not valid YAML");
    }
}
