package dev.cairn.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playbooks cairn-playbooks bundles: each reads with the real reader, the index lists every file of the module, and
 * each is concrete: items with reasons, automatic checks where the repository can show it, sign-offs where it cannot.
 */
class BundledPlaybooksTest {

    /** The module's folder, from generator-cli (where Maven runs this test). */
    private static final Path SOURCES = Path.of("../playbooks/src/main/resources/META-INF/cairn/playbooks");

    @TempDir
    Path empty;

    private List<Playbook> bundled() throws IOException {
        return PlaybookCatalog.of(Project.at(empty)).all();
    }

    private Playbook bundled(String id) throws IOException {
        return PlaybookCatalog.of(Project.at(empty)).get(id);
    }

    @Test
    void the_five_playbooks_are_bundled_and_the_index_lists_every_file() throws IOException {
        assertThat(bundled()).extracting(Playbook::id)
                .containsExactly("service-readiness", "release", "framework-migration", "data-migration", "post-mortem");
        assertThat(bundled()).allSatisfy(p -> assertThat(p.origin()).isEqualTo(PlaybookCatalog.BUNDLED));
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .containsExactlyInAnyOrder("service-readiness.yaml", "release.yaml", "framework-migration.yaml",
                            "data-migration.yaml", "post-mortem.yaml");
        }
    }

    @Test
    void every_playbook_is_concrete_enough_to_act_on() throws IOException {
        for (Playbook playbook : bundled()) {
            assertThat(playbook.description()).as(playbook.id()).hasSizeGreaterThan(100);
            assertThat(playbook.sections()).as(playbook.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(playbook.items()).as(playbook.id()).hasSizeGreaterThanOrEqualTo(12)
                    .anySatisfy(item -> assertThat(item.manual()).isFalse())
                    .anySatisfy(item -> assertThat(item.manual()).isTrue())
                    .allSatisfy(item -> {
                        assertThat(item.why()).as(playbook.id() + "/" + item.id()).hasSizeGreaterThan(25);
                        assertThat(item.title()).as(playbook.id() + "/" + item.id()).hasSizeGreaterThan(15);
                    });
        }
    }

    /** Every point the migration practice names, each found in some item of framework-migration. */
    @Test
    void framework_migration_covers_every_point_of_the_practice() throws IOException {
        Playbook migration = bundled("framework-migration");
        List<String> texts = migration.items().stream()
                .map(i -> (i.title() + " " + i.why() + " " + (i.manual() ? "" : i.verification().describe())).toLowerCase(Locale.ROOT))
                .toList();
        List<List<String>> points = List.of(
                List.of("dependencies", "data access", "threading", "async"),
                List.of("critical paths", "highly coupled modules"),
                List.of("measurable goals", "latency", "coverage", "deployability"),
                List.of("non-critical slice", "end to end", "tests", "configuration", "deployment"),
                List.of("old and the new", "side by side", "environments"),
                List.of("adapters and facades", "cairn.frameworks.isolated"),
                List.of("compatibility layer", "translates old calls"),
                List.of("one source of truth", "data models", "api contracts", "error handling"),
                List.of("critical paths", "error handling", "against both implementations"),
                List.of("deviation", "serialization", "authentication", "user-facing errors"),
                List.of("adrs", "before the code"),
                List.of("diagrams", "modules", "services", "data stores", "messaging boundaries"),
                List.of("non-functional", "observability", "security", "scalability", "startup time", "memory"),
                List.of("dashboards", "legacy from new"),
                List.of("alert thresholds"),
                List.of("benchmarks", "realistic workloads"),
                List.of("profiled"),
                List.of("backward compatible"),
                List.of("versioned"),
                List.of("idempotent", "version control"),
                List.of("rollback script"),
                List.of("validated", "business rules"),
                List.of("blue-green", "canary"),
                List.of("feature flags"),
                List.of("rolling back", "tested"),
                List.of("provisioned automatically"),
                List.of("post-mortem"),
                List.of("lessons", "playbooks"));
        for (List<String> point : points) {
            assertThat(texts).as("an item covering %s", point)
                    .anySatisfy(text -> assertThat(text).contains(point));
        }
        assertThat(migration.item("framework-isolated").orElseThrow().verification())
                .isEqualTo(new RulePasses("cairn.frameworks.isolated", true));
    }

    @Test
    void release_reads_the_projects_own_version_not_its_parents() throws IOException {
        Path service = Trees.service(empty.resolve("service"));
        Path pom = service.resolve("pom.xml");
        // as a project on spring-boot-starter-parent has it: a parent with a release version before the project's own
        Files.writeString(pom, Files.readString(pom).replaceFirst("(<modelVersion>[^<]+</modelVersion>\\n)", "$1  <parent>\n"
                + "    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n"
                + "    <version>3.5.0</version>\n  </parent>\n"));
        Verification releaseVersion = bundled("release").item("release-version").orElseThrow().verification();

        assertThat(releaseVersion.verify(Project.at(service)).passed()).as("1.0.0-SNAPSHOT").isFalse();
        Files.writeString(pom, Files.readString(pom).replace("\n  <version>1.0.0-SNAPSHOT</version>", "\n  <version>1.0.0</version>"));
        assertThat(releaseVersion.verify(Project.at(service)).passed()).as("1.0.0").isTrue();
    }

    @Test
    void service_readiness_has_conditional_items_for_the_templates_options() throws IOException {
        Playbook readiness = bundled("service-readiness");
        assertThat(readiness.items()).filteredOn(i -> i.when() != null).extracting(Item::when)
                .contains("$observability == 'true'", "$observability != 'true'", "$persistence == 'postgres'", "$docker == 'true'");
    }
}
