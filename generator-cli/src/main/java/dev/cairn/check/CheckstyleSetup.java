package dev.cairn.check;

import dev.cairn.CairnException;
import dev.cairn.rules.checkstyle.HardcodedSecretCheck;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which Checkstyle configuration a check runs: the pack's {@code cairn/checkstyle.xml} or
 * {@code cairn/checkstyle-strict.xml} (cairn.yaml {@code checkstyle.config}), and the project's suppressions file,
 * passed to the configuration as the property {@code checkstyle.suppressions.file}, the one maven-checkstyle-plugin
 * fills from {@code <suppressionsLocation>}. Without {@code checkstyle.suppressions}, a
 * {@code checkstyle-suppressions.xml} at the project root is used when there is one, as the plugin's build would.
 *
 * @param name for messages: "standard", "strict" or a test's name
 * @param xml the configuration's text
 * @param suppressions the suppressions file, absolute, or {@code null}
 */
public record CheckstyleSetup(String name, String xml, Path suppressions) {

    /**
     * @param config cairn.yaml's {@code checkstyle.config}: empty or "standard", or "strict"
     * @param suppressions cairn.yaml's {@code checkstyle.suppressions}, relative to {@code root}
     * @throws CairnException for an unknown configuration or a suppressions file that does not exist
     */
    public static CheckstyleSetup of(Path root, Optional<String> config, Optional<String> suppressions) {
        String name = config.orElse("standard");
        String resource = switch (name) {
            case "standard" -> "cairn/checkstyle.xml";
            case "strict" -> "cairn/checkstyle-strict.xml";
            default -> throw new CairnException("cairn.yaml", 0, "unknown checkstyle config '" + name + "'",
                    "use checkstyle: {config: standard} or {config: strict}");
        };
        Path file = null;
        Path conventional = root.resolve("checkstyle-suppressions.xml");
        if (suppressions.isEmpty() && Files.isRegularFile(conventional)) {
            file = conventional.toAbsolutePath().normalize();
        } else if (suppressions.isPresent()) {
            file = root.resolve(suppressions.get()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new CairnException("cairn.yaml", 0, "checkstyle suppressions file " + suppressions.get() + " does not exist",
                        "create it or remove checkstyle.suppressions");
            }
        }
        return new CheckstyleSetup(name, resource(resource), file);
    }

    /** The text of a Checkstyle configuration on the classpath. */
    public static String resource(String name) {
        try (InputStream in = CheckstyleSetup.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: cairn-checkstyle-rules is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + " from the classpath", e);
        }
    }

    /**
     * What the cache depends on besides a file's content: the configuration, the suppressions, Cairn's version,
     * and the build of the code that reports (a snapshot's version stays the same while its checks change).
     */
    String cacheKey(String cairnVersion) throws IOException {
        String suppressionsText = suppressions == null ? "" : Files.readString(suppressions);
        return Hashes.sha256(String.join("\u0000", cairnVersion, xml, String.valueOf(suppressions), suppressionsText,
                build(CheckstyleSetup.class), build(HardcodedSecretCheck.class)));
    }

    /** Where a class was loaded from, with that jar's (or folder's) size and time: changes with every build. */
    static String build(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location + "@" + Files.getLastModifiedTime(location).toMillis() + "+" + Files.size(location);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return type.getName(); // no code source (unusual class loaders): the version alone decides
        }
    }
}
