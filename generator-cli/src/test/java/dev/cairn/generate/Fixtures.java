package dev.cairn.generate;

import dev.cairn.template.Manifest;
import dev.cairn.template.Template;
import dev.cairn.template.TemplateFiles;
import dev.cairn.template.TemplateLoader;
import dev.cairn.template.TemplateSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test templates. The manifest is handed in as records rather than read from template.yaml, so
 * these tests do not depend on the manifest reader; {@code FixtureManifestTest} checks that the
 * records here say what the fixtures' template.yaml files say.
 */
public final class Fixtures {

    /** The fixture templates, unpacked-archetype layout. */
    public static final Path TEMPLATES = Path.of("src/test/resources/templates").toAbsolutePath();

    private Fixtures() {}

    /** A fixture folder's template with {@code manifest} in place of its template.yaml. */
    public static Template load(String name, Manifest manifest) {
        Path folder = TEMPLATES.resolve(name);
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(folder)) {
                    continue;
                }
                String entry = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    entries.put(entry + "/", new byte[0]);
                } else if (!entry.equals(Template.MANIFEST)) {
                    entries.put(entry, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template(name, entries, manifest, "folder:" + folder);
    }

    /** A template from entries in memory (entry name to text). */
    public static Template inMemory(String name, Map<String, String> texts, Manifest manifest) {
        Map<String, byte[]> entries = new TreeMap<>();
        texts.forEach((k, v) -> entries.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return template(name, entries, manifest, "memory:" + name);
    }

    private static Template template(String name, Map<String, byte[]> entries, Manifest manifest, String describe) {
        TemplateFiles files = TemplateFiles.fromZip(zip(entries), name);
        TemplateSource source = new TemplateSource() {
            @Override
            public String describe() {
                return describe;
            }

            @Override
            public String displayName() {
                return name;
            }

            @Override
            public TemplateFiles open() {
                return files;
            }
        };
        Template plain = TemplateLoader.load(source);
        if (manifest == null) {
            return plain;
        }
        return new Template(manifest.id() != null ? manifest.id() : plain.id(), manifest.version(), source, plain.files(),
                plain.descriptor(), plain.legacy(), manifest);
    }

    /** A generator that loads every source as {@code template}. */
    public static Generator generator(Template template) {
        return new Generator(source -> template);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What templates/svc/META-INF/cairn/template.yaml says, lines included. */
    public static Manifest svcManifest() {
        Map<String, Manifest.Overlay> overlays = new LinkedHashMap<>();
        overlays.put("postgres", new Manifest.Overlay("postgres", "JDBC adapter on PostgreSQL.", "$persistence == 'postgres'",
                List.of("src/main/java/**/adapter/out/memory/**"),
                List.of(new Manifest.Patch("src/main/resources/application.yaml", "patches/application.yaml", 36)), 30));
        overlays.put("docker", new Manifest.Overlay("docker", "A Dockerfile.", null, List.of(), List.of(), 38));
        return new Manifest("svc", "1.2.0", "Test service", null,
                List.of(
                        new Manifest.Parameter("framework", Manifest.Type.CHOICE, "Web framework used by the adapters.",
                                "plain", null, List.of("plain", "spring-boot"), 5),
                        new Manifest.Parameter("persistence", Manifest.Type.CHOICE, "Where the service keeps its data.",
                                "memory", null, List.of("memory", "postgres"), 10),
                        new Manifest.Parameter("ci", Manifest.Type.CHOICE, null, "github", null, List.of("github", "jenkins"), 15),
                        new Manifest.Parameter("coverageMin", Manifest.Type.INTEGER, null, "70", null, List.of(), 19),
                        new Manifest.Parameter("observability", Manifest.Type.BOOLEAN, null, "false", null, List.of(), 22),
                        new Manifest.Parameter("serviceName", Manifest.Type.STRING, "DNS-safe name of the service.", null,
                                "[a-z][a-z0-9-]*", List.of(), 25)),
                overlays,
                List.of(new Manifest.FileCondition("Jenkinsfile", "$ci == 'jenkins'", 41),
                        new Manifest.FileCondition(".github/**", "$ci == 'github'", 43)),
                List.of(new Manifest.Secret("db-password", "Password of the service's PostgreSQL user.", "DB_PASSWORD",
                        List.of("prod"), "$persistence == 'postgres'", 46)));
    }

    /** The svc fixture with its manifest. */
    public static Template svc() {
        return load("svc", svcManifest());
    }

    /** The plain fixture: an archetype without a manifest. */
    public static Template plain() {
        return load("plain", null);
    }
}
