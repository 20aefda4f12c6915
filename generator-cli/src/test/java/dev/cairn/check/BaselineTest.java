package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Finding finding(String file, int line, String message) {
        return new Finding(Tool.CHECKSTYLE, "r", Severity.ERROR, file, line, 1, message, null);
    }

    @Test
    void fingerprints_survive_lines_added_above_and_change_with_the_line_itself() {
        Map<Integer, String> before = Map.of(3, "  import java.util.*;", 9, "int x = 42;");
        Map<Integer, String> after = Map.of(5, "import java.util.*;  ", 11, "int x = 43;");

        List<String> old = Fingerprints.of(List.of(finding("A.java", 3, "star"), finding("A.java", 9, "magic")), (f, l) -> before.get(l));
        List<String> now = Fingerprints.of(List.of(finding("A.java", 5, "star"), finding("A.java", 11, "magic")), (f, l) -> after.get(l));

        assertThat(now.get(0)).isEqualTo(old.get(0));
        assertThat(now.get(1)).isNotEqualTo(old.get(1));
    }

    @Test
    void identical_findings_get_an_occurrence_each_so_a_third_copy_is_new() {
        Finding a = finding("A.java", 3, "same");
        Finding b = finding("A.java", 8, "same");
        Finding c = finding("A.java", 12, "same");
        Fingerprints.SourceLines same = (f, l) -> "System.out.println();";
        Baseline baseline = Baseline.of(List.of(a, b), Fingerprints.of(List.of(a, b), same));

        Baseline.Comparison comparison = baseline.compare(Fingerprints.of(List.of(a, b, c), same));

        assertThat(comparison.newFindings()).containsExactly(2);
        assertThat(comparison.known()).isEqualTo(2);
        assertThat(comparison.fixed()).isEmpty();
    }

    @Test
    void line_numbers_inside_messages_do_not_count() {
        assertThat(Fingerprints.normalizedMessage("gets field <System.out> in (App.java:12)"))
                .isEqualTo(Fingerprints.normalizedMessage("gets field <System.out>  in (App.java:40)"));
        assertThat(Fingerprints.normalizedMessage("unused since line 3")).isEqualTo("unused since line");
    }

    @Test
    void written_sorted_and_read_back() {
        List<Finding> findings = List.of(finding("b/B.java", 1, "two"), finding("a/A.java", 1, "one"));
        Baseline baseline = Baseline.of(findings, List.of("f2", "f1"));

        String json = baseline.toJson();

        assertThat(json).startsWith("{\n  \"cairnBaseline\": 1,\n  \"findings\": [\n    {\n      \"fingerprint\": \"f1\",");
        assertThat(json.indexOf("a/A.java")).isLessThan(json.indexOf("b/B.java"));
        assertThat(Baseline.parse(json, "b.json")).isEqualTo(baseline);
    }

    @Test
    void fixed_findings_are_those_no_longer_found() {
        Baseline baseline = Baseline.of(List.of(finding("A.java", 1, "x"), finding("B.java", 1, "y")), List.of("f1", "f2"));

        Baseline.Comparison comparison = baseline.compare(List.of("f2", "f3"));

        assertThat(comparison.newFindings()).containsExactly(1);
        assertThat(comparison.fixed()).extracting(Baseline.Entry::file).containsExactly("A.java");
    }

    @Test
    void a_file_that_is_not_a_baseline_is_bad_input_naming_it() {
        assertThatThrownBy(() -> Baseline.parse("{\"findings\": []}", "x.json")).isInstanceOf(CairnException.class)
                .hasMessageContaining("not a Cairn baseline");
        assertThatThrownBy(() -> Baseline.parse("{\n\"cairnBaseline\": 1,\n\"findings\": [}", "x.json"))
                .isInstanceOfSatisfying(CairnException.class, e -> assertThat(e.userLine()).startsWith("x.json:3: not a JSON file"));
    }
}
