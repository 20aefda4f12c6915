package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void summary_table_then_findings_per_file_linking_to_lines_in_the_repository() {
        String md = MarkdownReport.render(Reports.sample());

        assertThat(md).startsWith("""
                ## Cairn check

                **Failed:** 3 errors, 2 warnings (archunit 2, checkstyle 2, secrets 1)

                | Tool | Errors | Warnings |
                | --- | ---: | ---: |
                | archunit | 2 | 0 |
                | checkstyle | 0 | 2 |
                | secrets | 1 | 0 |
                """);
        assertThat(md).contains("### `src/main/java/com/acme/App.java`\n\n- **warning** [line 3](services/orders/src/main/java/com/acme/App.java#L3) `cairn.imports.unused` Unused import - java.util.List.\n");
        assertThat(md).contains("[line 3](services/orders/config/app%20settings.properties#L3)");
        // markup in a message is escaped, not rendered
        assertThat(md).contains("Layer 'domain' may not depend on &lt;a\\|b&gt; \\*at all\\*");
        assertThat(md).doesNotContain("<details>");
    }

    @Test
    void many_findings_fold_each_file() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= MarkdownReport.COLLAPSE_ABOVE + 1; i++) {
            many.add(new Finding(Tool.CHECKSTYLE, "r", Severity.WARNING, "A.java", i, 1, "m", null));
        }
        Report report = new Report("1", many, Fingerprints.of(many, (f, l) -> ""), null, Reports.PROJECT);

        assertThat(MarkdownReport.render(report)).contains("<details><summary><code>A.java</code> (21 findings)</summary>")
                .contains("**Passed:**");
    }
}
