package dev.cairn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small archetype laid out in a folder, written by a test: the case is in the test, not elsewhere. */
final class TemplateFolder {

    static final String DESCRIPTOR = "META-INF/maven/archetype-metadata.xml";

    static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>${groupId}</groupId>
              <artifactId>${artifactId}</artifactId>
              <version>${version}</version>
            </project>
            """;

    private final Path root;

    private TemplateFolder(Path root) {
        this.root = root;
    }

    /** A fileset archetype: a pom and a descriptor with these required properties and file sets. */
    static TemplateFolder fileset(Path root, String requiredProperties, String fileSets) throws IOException {
        return new TemplateFolder(root)
                .file(DESCRIPTOR, """
                        <archetype-descriptor name="case">
                          <requiredProperties>%s</requiredProperties>
                          <fileSets>%s</fileSets>
                        </archetype-descriptor>
                        """.formatted(requiredProperties, fileSets))
                .file("archetype-resources/pom.xml", POM);
    }

    /** A fileset archetype whose only file set renders {@code README.md} with this content. */
    static TemplateFolder readme(Path root, String readme) throws IOException {
        return fileset(root, "", """
                <fileSet filtered="true"><directory></directory><includes><include>*.md</include></includes></fileSet>
                """).file("archetype-resources/README.md", readme);
    }

    TemplateFolder file(String name, String content) throws IOException {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    TemplateFolder bytes(String name, byte[] content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return this;
    }

    Path path() {
        return root;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
