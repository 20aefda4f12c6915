package dev.cairn.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.cairn.rules.archunit.fixture.usage.CompliantArchitecture;
import dev.cairn.rules.archunit.fixture.usage.ViolatingArchitecture;
import dev.cairn.rules.archunit.fixture.usage.WarningArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @ArchTest static final ArchTests CAIRN = CairnRules.fromConfig();} run by ArchUnit's JUnit 5 engine, as in a
 * user's build. The working directory (this module) has no cairn.yaml, so the defaults apply.
 */
class ArchTestsOnThePlatformTest {
    private static final String LAYERS = "src/test/java/dev/cairn/rules/archunit/fixture/layers/violating/";

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("archunit").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static Map<String, String> failures(Events events) {
        return events.failed().stream().collect(Collectors.toMap(
                ArchTestsOnThePlatformTest::name,
                event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage()));
    }

    /** ArchUnit names them "CairnArchTests > layers" and so on. */
    private static String name(Event event) {
        String displayName = event.getTestDescriptor().getDisplayName();
        return displayName.substring(displayName.lastIndexOf('>') + 1).trim();
    }

    @Test
    void a_violating_project_fails_with_path_line_message_and_rule_id() {
        Events events = run(ViolatingArchitecture.class);

        assertThat(events.started().stream().map(ArchTestsOnThePlatformTest::name))
                .containsExactlyInAnyOrder("layers", "frameworks", "migration", "coding", "naming", "project");
        Map<String, String> failures = failures(events);
        // the fixture's domain and application also depend on each other: a cycle
        assertThat(failures).containsOnlyKeys("layers", "frameworks", "coding");
        assertThat(failures.get("layers"))
                .startsWith("Cairn layers rules failed (5 violations):")
                .contains("\n  " + LAYERS + "domain/Order.java:3: Field <")
                .contains("> has type <dev.cairn.rules.archunit.fixture.layers.violating.application.PlaceOrder> [cairn.layers.domain-independent]\n")
                .contains("\n  " + LAYERS + "application/PlaceOrder.java:8: Method <")
                .contains("[cairn.layers.hexagonal]\n")
                .contains("[cairn.layers.domain-independent] because the domain holds the business rules");
        assertThat(failures.get("frameworks")).contains("\n  " + LAYERS + "application/Notifier.java:3: ");
        assertThat(failures.get("coding")).contains("Cycle detected: ").contains("[cairn.coding.no-cycles]");
    }

    @Test
    void a_compliant_project_passes_every_set() {
        Events events = run(CompliantArchitecture.class);

        List<Event> failed = events.failed().list();
        assertThat(failed).isEmpty();
        assertThat(events.succeeded().count()).isEqualTo(6);
    }

    @Test
    void warnings_are_printed_and_never_fail() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Events events;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            events = run(WarningArchitecture.class);
        } finally {
            System.setOut(original);
        }

        assertThat(events.failed().count()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Cairn naming warnings (3 violations):")
                .contains("src/test/java/dev/cairn/rules/archunit/fixture/naming/violating/domain/OrderDto.java:3: Class <")
                .contains("[cairn.naming.no-dtos-in-domain]");
    }
}
