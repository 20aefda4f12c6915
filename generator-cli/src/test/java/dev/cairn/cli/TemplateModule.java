package dev.cairn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Cairn template kept as its authors keep it, an archetype module: a pom with packaging
 * maven-archetype (plugins pinned to the versions the outer build has, so that it builds offline),
 * the descriptor, a manifest with the version, and a README that says which version made it.
 */
final class TemplateModule {

    static final String GROUP_ID = "com.example.templates";

    static final String RESOURCES = "src/main/resources/";

    private final Path root;
    private final String artifactId;

    private TemplateModule(Path root, String artifactId) {
        this.root = root;
        this.artifactId = artifactId;
    }

    /** Writes the module at {@code version}; its README reads "made by VERSION". */
    static TemplateModule write(Path root, String artifactId, String version) throws IOException {
        TemplateModule module = new TemplateModule(root, artifactId);
        module.version(version);
        module.file(RESOURCES + "META-INF/maven/archetype-metadata.xml", """
                <archetype-descriptor name="%s">
                  <requiredProperties>
                    <requiredProperty key="ci"><defaultValue>github</defaultValue></requiredProperty>
                  </requiredProperties>
                  <fileSets>
                    <fileSet filtered="true"><directory></directory><includes><include>*.md</include></includes></fileSet>
                  </fileSets>
                </archetype-descriptor>
                """.formatted(artifactId));
        module.file(RESOURCES + "archetype-resources/pom.xml", TemplateFolder.POM);
        module.readme("made by ${templateVersion}");
        return module;
    }

    /** Sets the version in the pom and the manifest, as a release does. */
    TemplateModule version(String version) throws IOException {
        file("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <packaging>maven-archetype</packaging>
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <build>
                    <extensions>
                      <extension>
                        <groupId>org.apache.maven.archetype</groupId>
                        <artifactId>archetype-packaging</artifactId>
                        <version>3.4.1</version>
                      </extension>
                    </extensions>
                    <plugins>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-archetype-plugin</artifactId><version>3.4.1</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(GROUP_ID, artifactId, version));
        file(RESOURCES + "META-INF/cairn/template.yaml", """
                id: %s
                version: %s
                name: A fixture template
                parameters:
                  - name: ci
                    type: choice
                    choices: [github, gitlab]
                    default: github
                """.formatted(artifactId, version));
        return this;
    }

    /** The README the template renders ({@code ${templateVersion}} is replaced by the manifest's version here). */
    TemplateModule readme(String text) throws IOException {
        String version = Files.readString(root.resolve(RESOURCES + "META-INF/cairn/template.yaml"))
                .lines().filter(l -> l.startsWith("version: ")).findFirst().orElseThrow().substring("version: ".length());
        return file(RESOURCES + "archetype-resources/README.md", text.replace("${templateVersion}", version) + "\n");
    }

    TemplateModule file(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    Path path() {
        return root;
    }

    String artifactId() {
        return artifactId;
    }

    String coordinates() {
        return GROUP_ID + ":" + artifactId;
    }

    /** What a build inside the tests passes to Maven: the outer build's local repository, offline when it is. */
    static List<String> buildArgs() {
        List<String> args = new ArrayList<>();
        args.add("--build-arg=-Dmaven.repo.local=" + RealArchetypePlugin.localRepository());
        if ("offline=true".equals(System.getProperty("cairn.test.offline"))) {
            args.add("--build-arg=-o");
        }
        return args;
    }

    /**
     * A settings.xml with its own local repository under {@code dir} (so that nothing the tests
     * resolve lands in ~/.m2) and the given extra XML inside {@code <settings>}.
     */
    static Path settings(Path dir, String inside) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("settings.xml");
        Files.writeString(file, """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
                  <localRepository>%s</localRepository>
                %s
                </settings>
                """.formatted(dir.resolve("local-repository"), inside), StandardCharsets.UTF_8);
        return file;
    }

    /** Settings inside {@link #settings}: offline (Central out of reach), with {@code repository} as a profile's repository. */
    static String offlineWithRepository(Path repository) {
        return """
                  <offline>true</offline>
                  <profiles>
                    <profile>
                      <id>templates</id>
                      <repositories>
                        <repository><id>templates</id><url>%s</url></repository>
                      </repositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>templates</activeProfile></activeProfiles>
                """.formatted(repository.toUri());
    }
}
