package dev.cairn.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnswersFileTest {

    private static AnswersFile parse(String yaml) {
        return AnswersFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "answers.yaml");
    }

    private static String error(String yaml) {
        try {
            parse(yaml);
        } catch (CairnException e) {
            return e.userLine();
        }
        throw new AssertionError("no error");
    }

    @Test
    void a_flat_map_gives_values_with_their_lines() {
        AnswersFile file = parse("# answers\ngroupId: com.acme\n\nartifactId: orders\noverlays: [docker]\n");

        assertThat(file.values()).containsOnlyKeys("groupId", "artifactId");
        assertThat(file.values().get("artifactId")).isEqualTo(new AnswersFile.Value("orders", 4));
        assertThat(file.overlays()).containsExactly(new AnswersFile.Value("docker", 5));
    }

    @Test
    void the_recorded_shape_takes_answers_and_overlays_and_ignores_where_it_came_from() {
        AnswersFile file = parse("""
                cairn: 0.1.0
                template:
                  id: service
                  source: bundled:service
                  version: 1.0.0
                answers:
                  groupId: com.acme
                  version: 1.0.0-SNAPSHOT
                overlays:
                  - postgres
                secrets:
                  - name: db-password
                    env: DB_PASSWORD
                """);

        assertThat(file.values()).containsOnlyKeys("groupId", "version");
        assertThat(file.values().get("version").line()).isEqualTo(8);
        assertThat(file.overlays()).extracting(AnswersFile.Value::text).containsExactly("postgres");
    }

    @Test
    void values_are_kept_as_written_not_as_yaml_numbers_or_booleans() {
        AnswersFile file = parse("version: 1.10\ncode: 007\nflag: True\nquoted: 'yes'\nport: 0x1F\n");

        assertThat(file.values().get("version").text()).isEqualTo("1.10");
        assertThat(file.values().get("code").text()).isEqualTo("007");
        assertThat(file.values().get("flag").text()).isEqualTo("True");
        assertThat(file.values().get("quoted").text()).isEqualTo("yes");
        assertThat(file.values().get("port").text()).isEqualTo("0x1F");
    }

    @Test
    void broken_yaml_names_the_file_and_line() {
        assertThat(error("groupId: com.acme\nartifactId: [orders\nversion: 1\n")).startsWith("answers.yaml:");
        assertThat(error("groupId: a\n  bad indent: b\n")).startsWith("answers.yaml:2: mapping values are not allowed here");
    }

    @Test
    void duplicate_keys_global_tags_and_non_maps_are_refused() {
        assertThat(error("groupId: a\ngroupId: b\n")).startsWith("answers.yaml:2:");
        assertThat(error("groupId: !!javax.script.ScriptEngineManager [x]\n")).startsWith("answers.yaml:1:");
        assertThat(error("- a\n- b\n")).isEqualTo("answers.yaml:1: an answers file is a map of name: value"
                + " (write one 'name: value' per line)");
    }

    @Test
    void a_value_must_be_one_value() {
        assertThat(error("groupId: com.acme\nartifactId:\n")).isEqualTo(
                "answers.yaml:2: artifactId has no value (write a value after 'artifactId:', or remove the line)");
        assertThat(error("groupId: [a, b]\n")).isEqualTo("answers.yaml:1: groupId must be a single value, not a list"
                + " (write 'groupId: VALUE')");
        assertThat(error("overlays: docker\n")).startsWith("answers.yaml:1: overlays must be a list of overlay names");
    }

    @Test
    void the_recorded_shape_refuses_keys_it_does_not_know() {
        assertThat(error("answers:\n  groupId: a\nartifactId: b\n")).isEqualTo("answers.yaml:3: unknown key 'artifactId'"
                + " (an answers file written by Cairn has only cairn, template, answers, overlays, secrets, deleted;"
                + " put answers under 'answers:')");
    }

    @Test
    void an_empty_file_has_no_answers() {
        assertThat(parse("# nothing yet\n").values()).isEmpty();
    }

    @Test
    void a_missing_file_says_so() {
        assertThatThrownBy(() -> AnswersFile.read(Path.of("does-not-exist.yaml"), "does-not-exist.yaml"))
                .isInstanceOf(CairnException.class)
                .extracting(e -> ((CairnException) e).userLine())
                .isEqualTo("does-not-exist.yaml: no such answers file (check the path given to --answers)");
    }

    @Test
    void an_alias_bomb_is_refused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? ", " : "").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        assertThatThrownBy(() -> parse(yaml.toString())).isInstanceOf(CairnException.class);
    }
}
