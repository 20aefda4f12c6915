package dev.cairn.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cairn.CairnVersion;
import dev.cairn.rules.archunit.CairnConfig;
import dev.cairn.rules.archunit.CairnRules;
import dev.cairn.rules.archunit.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Runs the ArchUnit pack on compiled classes: ArchUnit's importer, then {@link CairnRules#evaluate}.
 *
 * <p>The result is cached whole ({@code .cairn/cache/archunit.json}): ArchUnit's rules look at all classes at
 * once (layers, cycles), so there is no per-file result to reuse. The key covers everything the findings
 * depend on: every class file, every Java source (findings carry source lines), cairn.yaml, the migration
 * store, and the build of Cairn and its rules. An unchanged project is not imported at all.
 */
public final class ArchUnitRun {

    private ArchUnitRun() {}

    /**
     * @param classes a folder of class files or a jar
     * @param javaSources the project's Java sources, relative to {@code root} (part of the cache key)
     * @param cache whether to read and write the cache
     * @return findings in no particular order; rules switched off in cairn.yaml report none
     */
    public static List<Finding> run(CairnConfig config, Path classes, Path root, List<String> javaSources, boolean cache)
            throws IOException {
        Path folder = root.resolve(CheckstyleCache.FOLDER);
        if (cache) {
            List<Finding> cached = load(folder, key(classes, root, javaSources));
            if (cached != null) {
                return cached;
            }
        }
        List<Finding> findings = evaluate(config, classes, root);
        if (cache) {
            ObjectNode content = JsonText.object();
            // the key after evaluating: the freezing rule may have recorded or dropped violations in its store
            content.put("key", key(classes, root, javaSources));
            CheckstyleCache.write(findings, content.putArray("findings"), true);
            CheckstyleCache.store(folder, "archunit.json", content);
        }
        return findings;
    }

    private static List<Finding> evaluate(CairnConfig config, Path classes, Path root) throws IOException {
        JavaClasses imported;
        if (Files.isDirectory(classes)) {
            imported = new ClassFileImporter().importPath(classes);
        } else {
            try (JarFile jar = new JarFile(classes.toFile())) {
                imported = new ClassFileImporter().importJar(jar);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Violation v : CairnRules.evaluate(config, imported, root)) {
            Severity severity = switch (v.severity()) {
                case ERROR -> Severity.ERROR;
                case WARN -> Severity.WARNING;
                case OFF -> null;
            };
            if (severity != null) {
                findings.add(new Finding(Tool.ARCHUNIT, v.ruleId(), severity,
                        v.sourcePath() == null ? null : v.sourcePath().replace('\\', '/'), Math.max(0, v.line()), 0,
                        v.message(), v.hint()));
            }
        }
        return findings;
    }

    private static List<Finding> load(Path folder, String key) {
        Path file = folder.resolve("archunit.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode content = JsonText.MAPPER.readTree(file.toFile());
            return key.equals(content.path("key").asText()) ? CheckstyleCache.read(content.path("findings"), Tool.ARCHUNIT) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a broken cache is no cache
        }
    }

    /** One digest over every input of the evaluation, each file by its path and content. */
    private static String key(Path classes, Path root, List<String> javaSources) throws IOException {
        MessageDigest digest = Hashes.newSha256();
        add(digest, CairnVersion.get(), CheckstyleSetup.build(ArchUnitRun.class), CheckstyleSetup.build(CairnRules.class));
        for (Path file : files(classes)) {
            add(digest, "class", file.toString());
            digest.update(Files.readAllBytes(file));
        }
        for (String source : javaSources) {
            add(digest, "source", source);
            digest.update(Files.readAllBytes(root.resolve(source)));
        }
        for (String name : List.of(CairnConfig.FILE_NAME, ".cairn/archunit-store")) {
            for (Path file : files(root.resolve(name))) {
                add(digest, "input", root.relativize(file).toString());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The regular files at {@code path} (itself, or below it), sorted; none when it does not exist. */
    private static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void add(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }
}
