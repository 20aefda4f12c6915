package dev.cairn.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Playbooks that are not well formed: each is one error naming the file and the line to fix. */
class PlaybookReaderTest {

    private static final String HEAD = """
            id: release
            title: Release
            version: 2.1.0
            sections:
              - id: build
                title: The build
                items:
            """;

    private static Playbook read(String yaml) {
        return PlaybookReader.read(yaml.getBytes(StandardCharsets.UTF_8), ".cairn/playbooks/release.yaml", ".cairn/playbooks");
    }

    private static CairnException error(String yaml) {
        return (CairnException) org.assertj.core.api.Assertions.catchThrowable(() -> read(yaml));
    }

    @Test
    void reads_sections_items_levels_checks_and_conditions() {
        Playbook playbook = read(HEAD + """
                      - id: changelog
                        title: CHANGELOG.md describes the release
                        why: >-
                          Support needs to know
                          what changed.
                        level: required
                        verify:
                          file-exists: CHANGELOG.md
                      - id: approved
                        title: Someone approved it
                        why: Four eyes.
                        level: recommended
                        signoff: release manager
                        when: "$persistence == 'postgres'"
                """);

        assertThat(playbook.id()).isEqualTo("release");
        assertThat(playbook.version()).isEqualTo("2.1.0");
        assertThat(playbook.sections()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("The build"));
        Item changelog = playbook.item("changelog").orElseThrow();
        assertThat(changelog.why()).isEqualTo("Support needs to know what changed.");
        assertThat(changelog.verification()).isEqualTo(new FileExists("CHANGELOG.md"));
        assertThat(changelog.line()).isEqualTo(8);
        Item approved = playbook.item("approved").orElseThrow();
        assertThat(approved.manual()).isTrue();
        assertThat(approved.level()).isEqualTo(Item.Level.RECOMMENDED);
        assertThat(approved.signoff()).isEqualTo("release manager");
        assertThat(approved.when()).isEqualTo("$persistence == 'postgres'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown verification type      | 13 | unknown verification type 'file-exist' (did you mean 'file-exists'? the types are file-exists, file-matches, yaml-key, rule-passes, secrets-clean, pipeline-stage, template-current, coverage-at-least, adr-count-at-least, answer-equals)
            two verifications              | 13 | 'verify' must name exactly one verification
            verify and signoff             | 8  | item 'changelog' needs either verify or signoff, not both
            neither verify nor signoff     | 8  | item 'changelog' needs verify or signoff
            unknown key                    | 13 | unknown key 'requires' in an item
            bad level                      | 11 | level 'mandatory' is unknown (use required or recommended)
            duplicate item                 | 13 | item id 'changelog' is used twice (item ids are unique in a playbook; it is already used on line 8)
            condition that does not parse  | 13 | template does not parse
            missing why                    | 8  | 'why' is missing
            """)
    void a_malformed_item_is_one_line_with_file_and_line(String name, int line, String message) {
        CairnException e = error(HEAD + ITEMS.get(name));

        assertThat(e).as(name).isNotNull();
        assertThat(e.file()).isEqualTo(".cairn/playbooks/release.yaml");
        assertThat(e.line()).as(e.userLine()).isEqualTo(line);
        assertThat(e.userLine()).startsWith(".cairn/playbooks/release.yaml:" + line + ": ").contains(message).doesNotContain("\n");
    }

    private static final java.util.Map<String, String> ITEMS = java.util.Map.of(
            "unknown verification type", item("verify:\n  file-exist: CHANGELOG.md"),
            "two verifications", item("verify:\n  file-exists: CHANGELOG.md\n  secrets-clean: true"),
            "verify and signoff", item("verify:\n  file-exists: CHANGELOG.md\nsignoff: release manager"),
            "neither verify nor signoff", item(""),
            "unknown key", item("signoff: release manager\nrequires: build"),
            "bad level", item("signoff: release manager").replace("level: required", "level: mandatory"),
            "duplicate item", item("signoff: release manager") + item("signoff: release manager"),
            "condition that does not parse", item("signoff: release manager\nwhen: \"$persistence == \""),
            "missing why", item("signoff: release manager").replace("        why: Support needs to know.\n", ""));

    /** One item at line 8 of the playbook, with these lines after its level. */
    private static String item(String tail) {
        String text = """
                      - id: changelog
                        title: CHANGELOG.md describes the release
                        why: Support needs to know.
                        level: required
                """;
        return text + (tail.isEmpty() ? "" : tail.indent(8));
    }

    @Test
    void malformed_yaml_names_its_line() {
        CairnException e = error(HEAD + "      - id: changelog\n        title: [unclosed\n");
        assertThat(e.userLine()).startsWith(".cairn/playbooks/release.yaml:9: ");
    }

    @Test
    void the_top_level_needs_id_title_version_and_sections() {
        assertThat(error("title: Release\nversion: 1.0.0\nsections: []\n").userLine())
                .isEqualTo(".cairn/playbooks/release.yaml:1: 'id' is missing (add 'id: my-playbook', the name cairn.yaml and the commands use)");
        assertThat(error("id: release\ntitle: Release\nversion: 1.0.0\nsections: []\n").userLine())
                .isEqualTo(".cairn/playbooks/release.yaml:4: 'sections' must be a non-empty list (add 'sections:', a list of sections with items)");
        assertThat(error("id: Release Notes\ntitle: R\nversion: 1\nsections: []\n").userLine())
                .startsWith(".cairn/playbooks/release.yaml:1: id 'Release Notes' is not a valid playbook id");
        assertThat(error("").userLine()).isEqualTo(".cairn/playbooks/release.yaml: is empty (a playbook has id, title, version and sections)");
        assertThat(error("id: release\ntitle: !!java.lang.Runtime x\n").userLine()).contains("tag '!!java.lang.Runtime' is not allowed");
    }

    @Test
    void parameters_of_a_verification_are_checked_with_their_line() {
        assertThatThrownBy(() -> read(HEAD + item("verify:\n  yaml-key: {file: application.yaml}")))
                .hasMessageContaining("'yaml-key' needs file and key");
        assertThatThrownBy(() -> read(HEAD + item("verify:\n  answer-equals: {answer: ci, value: github, default: x}")))
                .hasMessageContaining("unknown key 'default' in 'answer-equals'");
        assertThatThrownBy(() -> read(HEAD + item("verify:\n  adr-count-at-least: none")))
                .hasMessageContaining("'none' is not a whole number");
        assertThatThrownBy(() -> read(HEAD + item("verify:\n  pipeline-stage: []")))
                .hasMessageContaining("'pipeline-stage' has an empty list");
    }
}
