package dev.cairn.publish;

import dev.cairn.CairnException;
import dev.cairn.template.FolderSource;
import dev.cairn.template.MavenCoordinates;
import dev.cairn.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A template's sources as its authors keep them: an archetype module ({@code pom.xml}, resources in
 * {@code src/main/resources}) or a folder laid out like an unpacked archetype jar.
 *
 * @param dir the folder, absolute, never {@code null}
 * @param resources where {@code META-INF/} and {@code archetype-resources/} are, never {@code null}
 * @param pom the module's coordinates, or {@code null} when there is no {@code pom.xml}
 */
public record TemplateProject(Path dir, Path resources, MavenCoordinates pom) {

    /** Where a template keeps its test cases, inside the resources. */
    public static final String TESTS = "META-INF/cairn/tests";

    /**
     * @param dir the folder the user named
     * @throws CairnException if it is not a folder holding an archetype descriptor
     */
    public static TemplateProject at(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new CairnException(dir.toString(), 0, "not a folder", "pass the template's folder: an archetype module or an unpacked archetype");
        }
        Path module = absolute.resolve("src/main/resources");
        Path resources = Files.isDirectory(module.resolve("META-INF")) && !Files.isDirectory(absolute.resolve("META-INF/maven"))
                ? module : absolute;
        if (!Files.isRegularFile(resources.resolve(Template.DESCRIPTOR))
                && !Files.isRegularFile(resources.resolve(Template.LEGACY_DESCRIPTOR))
                && !Files.isRegularFile(resources.resolve(Template.OLDEST_DESCRIPTOR))) {
            throw new CairnException(dir.toString(), 0, "not an archetype: no " + Template.DESCRIPTOR
                    + " (nor src/main/resources/" + Template.DESCRIPTOR + ")",
                    "a template is a Maven archetype; see 'How to write a template' in the README");
        }
        return new TemplateProject(absolute, resources, MavenCoordinates.ofModule(absolute.resolve("pom.xml")));
    }

    /**
     * The coordinates of the archetype module, for what needs its pom: building and publishing.
     *
     * @throws CairnException if there is no pom or it states no version
     */
    public MavenCoordinates module() {
        if (pom == null || pom.version() == null) {
            throw new CairnException(dir.resolve("pom.xml").toString(), 0,
                    pom == null ? "no archetype module here: the template is built with its own pom.xml"
                            : "the pom states no version",
                    "point at the template's module (packaging maven-archetype), not an unpacked archetype");
        }
        return pom;
    }

    public FolderSource source() {
        return new FolderSource(dir);
    }

    /** The test case files, {@code META-INF/cairn/tests/*.yaml}, sorted by name. */
    public List<Path> testCases() {
        Path tests = resources.resolve(TESTS);
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tests)) {
            return files.filter(p -> p.getFileName().toString().matches(".+\\.ya?ml") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CairnException(tests.toString(), 0, "cannot list the test cases: " + e.getMessage(), null, e);
        }
    }

    /** A path inside the project as messages show it: relative to the project's folder. */
    public String shown(Path path) {
        return dir.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The manifest's path as messages show it. */
    public String manifestShown() {
        return shown(resources.resolve(Template.MANIFEST));
    }
}
