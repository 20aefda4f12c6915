package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.rules.checkstyle.SecretMatch;
import dev.cairn.rules.checkstyle.SecretPatterns;
import org.junit.jupiter.api.Test;

/** The secret scan's rule ids: stable, dashed, one per kind. */
class SecretScanTest {

    @Test
    void a_kind_becomes_a_dashed_rule_id() {
        assertThat(SecretMatch.ruleIdOf("AWS access key id")).isEqualTo("cairn.secrets.aws-access-key-id");
        assertThat(SecretMatch.ruleIdOf(SecretPatterns.HARDCODED_VALUE)).isEqualTo("cairn.secrets.hardcoded");
    }

    @Test
    void every_kind_has_its_own_id_without_spaces() {
        assertThat(SecretPatterns.kinds()).extracting(SecretMatch::ruleIdOf)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("cairn\\.secrets\\.[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void a_finding_in_a_properties_file_carries_the_kinds_id_file_and_line() {
        assertThat(SecretScan.findings("config/app.properties", "name=shop\ndb.password=Tr0ub4dor-and-3\n"))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("cairn.secrets.hardcoded");
                    assertThat(f.file()).isEqualTo("config/app.properties");
                    assertThat(f.line()).isEqualTo(2);
                });
    }
}
