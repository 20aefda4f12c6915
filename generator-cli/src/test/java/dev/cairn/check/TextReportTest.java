package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void groups_by_file_with_position_severity_rule_message_and_hint_then_counts() {
        assertThat(TextReport.render(Reports.sample(), false)).isEqualTo("""
                (no file)
                  -       error   cairn.layers.domain-independent  Layer 'domain' may not depend on <a|b> *at all*
                          hint: move it

                config/app settings.properties
                  3:12    error   cairn.secrets.aws-access-key-id  AWS access key id
                          hint: remove it, rotate the key and read it from the environment

                src/main/java/com/acme/App.java
                  3:8     warning cairn.imports.unused  Unused import - java.util.List.
                  4:8     warning cairn.imports.unused  Unused import - java.util.Map.
                  7       error   cairn.coding.no-standard-streams  Method <com.acme.App.main(java.lang.String[])> gets field <java.lang.System.out> in (App.java:7)
                          hint: use a logger

                3 errors, 2 warnings (archunit 2, checkstyle 2, secrets 1)
                """);
    }

    @Test
    void colour_only_when_asked() {
        assertThat(TextReport.render(Reports.sample(), false)).doesNotContain("\u001b[");
        assertThat(TextReport.render(Reports.sample(), true)).contains("\u001b[31merror  \u001b[0m", "\u001b[1mconfig/app settings.properties\u001b[0m");
    }

    @Test
    void clean_says_so() {
        assertThat(TextReport.render(Reports.clean(), false)).isEqualTo("No findings.\n");
    }

    @Test
    void with_a_baseline_counts_new_ones_names_the_fixed_and_says_how_to_tighten() {
        assertThat(TextReport.render(Reports.withBaseline(), false)).endsWith("""
                1 new error, 0 new warnings (archunit 1)
                Baseline cairn-baseline.json: 5 findings, 4 of them still there.
                1 fixed since the baseline:
                  src/Old.java  cairn.imports.unused  Unused import - x.
                Run with --write-baseline cairn-baseline.json to tighten it.
                """);
    }
}
