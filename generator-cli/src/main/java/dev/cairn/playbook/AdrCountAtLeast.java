package dev.cairn.playbook;

import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.util.List;

/**
 * {@code adr-count-at-least: 3} (or {@code {count: 3, folder: doc/decisions}}): the project records at least that many
 * architecture decisions. A decision record is a Markdown file in the folder (default {@value #DEFAULT_FOLDER}) whose
 * name starts with its number, as adr-tools and most ADR templates write them: {@code 0001-record-architecture-decisions.md}.
 * A README or a template file there does not count.
 *
 * @param count the least number of records
 * @param folder the folder of records, relative to the project root
 */
public record AdrCountAtLeast(int count, String folder) implements Verification {

    static final String TYPE = "adr-count-at-least";
    static final String DEFAULT_FOLDER = "docs/adr";
    private static final String EXAMPLE = "'adr-count-at-least: 1' or '{count: 3, folder: " + DEFAULT_FOLDER + "}'";

    static AdrCountAtLeast read(VerificationSpec spec) {
        if (spec.isScalar()) {
            return new AdrCountAtLeast(spec.number(spec.value(), 1, 100_000, EXAMPLE), DEFAULT_FOLDER);
        }
        YamlFields fields = spec.fields(List.of("count", "folder"));
        if (!fields.has("count")) {
            throw spec.error(spec.value(), "'adr-count-at-least' needs count", "write it like " + EXAMPLE);
        }
        String folder = fields.has("folder") ? spec.path(fields.value("folder"), EXAMPLE) : DEFAULT_FOLDER;
        return new AdrCountAtLeast(spec.number(fields.value("count"), 1, 100_000, EXAMPLE), folder);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + count + " (" + folder + ")";
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        List<String> records = project.files(folder + "/[0-9]*.md");
        String found = records.size() + " decision record" + (records.size() == 1 ? "" : "s") + " in " + folder;
        return records.size() >= count ? Verdict.pass(found) : Verdict.fail(found + ", fewer than " + count);
    }
}
