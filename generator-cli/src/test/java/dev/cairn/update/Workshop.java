package dev.cairn.update;

import dev.cairn.generate.AnswerResolver;
import dev.cairn.generate.Generator;
import dev.cairn.generate.RenderOptions;
import dev.cairn.template.FolderSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A template folder a test writes and rewrites in place (version after version, as a platform team
 * edits its template), the project generated from it, and the project's files as a map to compare.
 */
final class Workshop {

    final Path template;
    final Path project;

    Workshop(Path root) {
        this.template = root.resolve("template");
        this.project = root.resolve("project");
    }

    /**
     * Writes the template: a fileset archetype rendering every file under {@code archetype-resources}
     * with Velocity (a pom.xml among them, as every archetype has), these required properties, and a manifest with this version and extra YAML.
     *
     * @param properties {@code <requiredProperty>} elements
     * @param manifestExtra YAML appended to the manifest (files:, migrations:, parameters:)
     * @param files path, content, path, content...
     */
    Workshop template(String version, String properties, String manifestExtra, String... files) {
        try {
            if (Files.exists(template)) {
                try (Stream<Path> walk = Files.walk(template)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            write(template.resolve("META-INF/maven/archetype-metadata.xml"), """
                    <archetype-descriptor name="app">
                      <requiredProperties>%s</requiredProperties>
                      <fileSets>
                        <fileSet filtered="true" encoding="UTF-8"><directory></directory>
                          <includes><include>**/*</include></includes></fileSet>
                      </fileSets>
                    </archetype-descriptor>
                    """.formatted(properties));
            write(template.resolve("META-INF/cairn/template.yaml"), "id: app\nversion: " + version + "\n" + manifestExtra);
            write(template.resolve("archetype-resources/pom.xml"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>${groupId}</groupId>
                      <artifactId>${artifactId}</artifactId>
                      <version>${version}</version>
                    </project>
                    """);
            for (int i = 0; i < files.length; i += 2) {
                write(template.resolve("archetype-resources").resolve(files[i]), files[i + 1]);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code cairn new} from the template into the project folder. */
    Generator.Result generate(Map<String, String> values) {
        return new Generator().generate(new Generator.Request(new FolderSource(template), project, project.getParent(),
                new AnswerResolver.Input(values, List.of(), null), RenderOptions.defaults(), false));
    }

    Generator.Result generate() {
        return generate(Map.of("groupId", "com.acme", "artifactId", "demo"));
    }

    Updater.Request request() {
        return new Updater.Request(project, "project/", null, null, Map.of(), List.of(), null, false, false, false,
                RenderOptions.defaults());
    }

    Path file(String path) {
        return project.resolve(path);
    }

    String read(String path) {
        try {
            return Files.readString(file(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void edit(String path, String content) {
        try {
            write(file(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder of the project: path to content (and mode), folders as {@code <dir>}. */
    Map<String, String> snapshot() {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = project.relativize(p).toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(rel, "<dir>");
                } else {
                    boolean x = Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_EXECUTE);
                    all.put(rel, (x ? "[x] " : "") + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
