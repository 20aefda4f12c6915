package dev.cairn.publish;

import dev.cairn.CairnException;
import dev.cairn.template.MavenCoordinates;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A template module's archetype jar, built by the module's own {@code mvn package}: the pom decides
 * what the jar holds (resource filtering such as the bundled templates' {@code @cairn.rules.version@},
 * includes and excludes, the archetype plugin's settings), so only Maven itself builds the bytes that
 * {@code mvn deploy} would publish. Cairn assembling a jar from the resources would skip whatever the
 * pom configures, and testing the raw resources would test something never published.
 */
final class ArchetypeJar {

    private ArchetypeJar() {}

    /**
     * Runs {@code mvn -B -q -DskipTests package} in the module; its output goes to
     * {@code target/cairn-package.log}.
     *
     * @param project an archetype module, with a pom that states its version
     * @param mavenArgs more arguments for Maven ({@code -s FILE}, {@code -o}, ...)
     * @return {@code target/ARTIFACT-VERSION.jar}
     * @throws CairnException if the build fails or makes no archetype jar
     */
    static Path build(TemplateProject project, List<String> mavenArgs) {
        MavenCoordinates coordinates = project.module();
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-Dstyle.color=never", "-DskipTests", "package"));
        command.addAll(mavenArgs);
        Path log = project.dir().resolve("target").resolve("cairn-package.log");
        int exit = MavenBuild.run(command, project.dir(), log);
        if (exit != 0) {
            throw CairnException.of("'" + String.join(" ", command) + "' failed in " + project.dir() + " (exit " + exit + ")",
                    "see " + log + ": " + MavenBuild.reason(log));
        }
        Path jar = project.dir().resolve("target").resolve(coordinates.artifactId() + "-" + coordinates.version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw CairnException.of("mvn package made no " + project.shown(jar),
                    "the pom must build the archetype jar with its default name (packaging maven-archetype, no finalName)");
        }
        TemplateFiles built = TemplateFiles.fromZip(jar, jar.toString());
        if (!built.contains(Template.DESCRIPTOR) && !built.contains(Template.LEGACY_DESCRIPTOR)) {
            throw CairnException.of(project.shown(jar) + " holds no " + Template.DESCRIPTOR,
                    "is the module's packaging maven-archetype?");
        }
        return jar;
    }
}
