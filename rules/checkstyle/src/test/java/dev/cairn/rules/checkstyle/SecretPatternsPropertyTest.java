package dev.cairn.rules.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The scan runs over every text file of a project: whatever a file holds, it must not fail. */
class SecretPatternsPropertyTest {

    private static final List<String> FILE_NAMES = List.of(
        "application.yaml", "application.properties", ".env", "settings.json", "app.conf", "README.md");

    @Property
    void any_text_scans_without_failing_and_findings_point_into_it(
            @ForAll @StringLength(max = 400) @Chars({'a', 'K', '=', ':', ' ', '\n', '"', '\'', '#', '$', '{', '}',
                '-', '_', '.', '*', '<', '>', '|', '&', '!', '@', '/'}) String content,
            @ForAll("fileNames") String fileName) {
        String text = "password: " + content + "\ntoken=" + content;
        int lines = text.split("\\R", -1).length;

        assertThat(SecretPatterns.scan(fileName, text)).allSatisfy(match -> {
            assertThat(match.line()).isBetween(1, lines);
            assertThat(match.column()).isPositive();
            assertThat(match.message()).isNotBlank();
        });
    }

    @Property
    void names_never_fail(@ForAll String name) {
        SecretPatterns.isSecretLikeName(name);
        SecretPatterns.knownFormat(name);
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of(FILE_NAMES);
    }
}
