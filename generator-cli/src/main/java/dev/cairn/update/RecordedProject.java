package dev.cairn.update;

import dev.cairn.CairnException;
import dev.cairn.generate.AnswersFile;
import dev.cairn.generate.PristineSnapshot;
import dev.cairn.generate.RecordedAnswers;
import dev.cairn.generate.RenderedTree;
import dev.cairn.template.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A generated project as {@code update} and {@code diff} find it: what {@code .cairn/answers.yaml}
 * records (template, source, version, answers, overlays, files the team deleted) and the pristine
 * snapshot, when there is one.
 *
 * @param root the project folder
 * @param id the template's id
 * @param source the template's source as recorded ({@link dev.cairn.template.TemplateSource#describe()})
 * @param version the template version the project follows, or {@code null} when the template has none
 * @param answers the recorded answers and overlays, with their lines
 * @param deleted template files the team deleted, as the last update recorded them
 * @param pristine the render the project started from, or {@code null} without a snapshot
 * @param answersShownAs how errors name the answers file
 */
record RecordedProject(Path root, String id, String source, String version, AnswersFile answers, List<String> deleted,
        RenderedTree pristine, String answersShownAs) {

    /**
     * @param root the project folder
     * @param shownAs how messages name the project folder ({@code ""} for the current one)
     * @throws CairnException if there is no answers file or it is malformed
     */
    static RecordedProject read(Path root, String shownAs) {
        String answersShown = shownAs + RecordedAnswers.PATH;
        Path answersPath = root.resolve(RecordedAnswers.PATH);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(answersPath);
        } catch (NoSuchFileException e) {
            throw new CairnException(answersShown, 0, "not found: this is not a project Cairn generated",
                    "run it in a project made by 'cairn new', or pass --dir");
        } catch (IOException e) {
            throw new CairnException(answersShown, 0, "cannot read: " + e.getMessage(), null, e);
        }
        AnswersFile answers = AnswersFile.parse(bytes, answersShown);
        Map<?, ?> recorded = (Map<?, ?>) SafeYaml.load(bytes, answersShown); // a map: parse() checked it
        if (!(recorded.get("template") instanceof Map<?, ?> template) || !(template.get("source") instanceof String source)) {
            throw new CairnException(answersShown, 0, "no 'template: source:' recorded",
                    "it should name the template the project was generated from, e.g. 'source: bundled:service'");
        }
        String id = template.get("id") == null ? null : String.valueOf(template.get("id"));
        String version = template.get("version") == null ? null : String.valueOf(template.get("version"));
        List<String> deleted = new ArrayList<>();
        if (recorded.get("deleted") instanceof List<?> list) {
            for (Object item : list) {
                deleted.add(String.valueOf(item));
            }
        }
        RenderedTree pristine = null;
        Path snapshot = root.resolve(PristineSnapshot.PATH);
        if (Files.isRegularFile(snapshot)) {
            try {
                pristine = PristineSnapshot.read(Files.readAllBytes(snapshot), shownAs + PristineSnapshot.PATH);
            } catch (IOException e) {
                throw new CairnException(shownAs + PristineSnapshot.PATH, 0, "cannot read: " + e.getMessage(), null, e);
            }
        }
        return new RecordedProject(root, id, source, version, answers, List.copyOf(deleted), pristine, answersShown);
    }
}
