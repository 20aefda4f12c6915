package dev.cairn.rules.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Builds two sample projects (src/it/maven-checkstyle-plugin) with the real maven-checkstyle-plugin
 * 3.6.0, configured as the docs tell users: {@code <configLocation>cairn/checkstyle.xml}, this jar and
 * Checkstyle 12.3.1 as plugin dependencies. Runs after {@code package} (failsafe), so the jar under
 * test is the one just built.
 *
 * <p>The jar and its poms are deployed to a throwaway file repository under target/, which the samples
 * name as a plugin repository; everything else comes from the outer build's local repository. So the
 * module needs no {@code mvn install} first, and the test runs offline once the plugin is downloaded.
 */
class CheckstylePluginIT {

    private static final Path WORK = Path.of(required("cairn.it.work"));
    private static final Path REPOSITORY = WORK.resolve("repository");
    private static final List<Path> DEPLOYED = new ArrayList<>();

    @BeforeAll
    static void deployTheBuiltJarToAThrowawayRepository() throws Exception {
        Path pom = Path.of(required("cairn.it.pom"));
        Coordinates module = Coordinates.of(pom);
        deploy(module, pom, Path.of(required("cairn.it.jar")));
        // a dependency's parents are resolved from repositories too
        for (Path parentPom = pom.resolveSibling("../pom.xml").normalize(); Files.isRegularFile(parentPom);
             parentPom = parentPom.resolveSibling("../pom.xml").normalize()) {
            Coordinates parent = Coordinates.of(parentPom);
            if (!parent.groupId().equals(module.groupId())) {
                break;
            }
            deploy(parent, parentPom, null);
        }
    }

    /**
     * The sample builds copy what they resolve into the outer local repository, under the deployed,
     * timestamped names, which no one else uses; remove them so that repeated runs leave nothing behind.
     */
    @AfterAll
    static void removeTheDownloadedCopies() throws IOException {
        String localRepository = System.getProperty("cairn.it.localRepository", "");
        if (localRepository.isBlank()) {
            return;
        }
        for (Path deployed : DEPLOYED) {
            Path copy = Path.of(localRepository).resolve(REPOSITORY.relativize(deployed).toString());
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".sha1"));
        }
    }

    @Test
    void a_hardcoded_secret_and_a_framework_import_in_the_domain_fail_the_build() throws Exception {
        Build build = checkstyleCheck("violating");

        assertThat(build.exitCode()).as(build.log()).isNotZero();
        assertThat(build.log()).contains("You have 2 Checkstyle violations.");
        assertThat(findings(build.project().resolve("target/checkstyle-result.xml")))
            .extracting(Finding::file, Finding::line, Finding::source)
            .containsExactlyInAnyOrder(
                tuple("com/acme/orders/domain/Order.java", 3, "cairn.frameworks.import"),
                tuple("com/acme/orders/adapter/payments/PaymentClient.java", 7, "cairn.secrets.hardcoded"));
    }

    @Test
    void the_clean_twin_passes() throws Exception {
        Build build = checkstyleCheck("clean");

        assertThat(build.exitCode()).as(build.log()).isZero();
        assertThat(findings(build.project().resolve("target/checkstyle-result.xml"))).isEmpty();
    }

    private record Build(Path project, int exitCode, String log) {
    }

    private static Build checkstyleCheck(String sample) throws IOException, InterruptedException {
        Path project = WORK.resolve(sample);
        copyTree(Path.of(required("cairn.it.projects"), sample), project);
        Path log = WORK.resolve(sample + ".log");
        Process process = new ProcessBuilder(mavenCommand(project))
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        // a bound, not a timing assertion: a hung build should fail this test, not the whole CI job
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn did not finish in 5 minutes; see " + log);
        }
        return new Build(project, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> mavenCommand(Path project) throws IOException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        List<String> command = new ArrayList<>(List.of(windows ? "mvn.cmd" : "mvn", "-B", "--no-transfer-progress"));
        String localRepository = System.getProperty("cairn.it.localRepository", "");
        if (!localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        if ("offline=true".equals(System.getProperty("cairn.it.offline"))) {
            command.add("-o");
            // offline mode blocks every remote repository, the throwaway file repository included
            command.add("-Daether.offline.protocols=file");
        }
        command.add("-Dcairn.version=" + Coordinates.of(Path.of(required("cairn.it.pom"))).version());
        command.add("-Dcairn.it.repository=" + REPOSITORY.toUri());
        command.add("checkstyle:check");
        return command;
    }

    private record Finding(String file, int line, String source) {
    }

    /**
     * The findings of Checkstyle's XML report. Its {@code source} reads {@code <check class>#<module id>}
     * where the module has an id; {@link Finding#source()} is that id.
     */
    private static List<Finding> findings(Path report) throws Exception {
        Document document = parse(report);
        List<Finding> findings = new ArrayList<>();
        NodeList files = document.getElementsByTagName("file");
        for (int index = 0; index < files.getLength(); index++) {
            Element file = (Element) files.item(index);
            String name = file.getAttribute("name").replace('\\', '/');
            String relative = name.substring(name.indexOf("src/main/java/") + "src/main/java/".length());
            NodeList errors = file.getElementsByTagName("error");
            for (int error = 0; error < errors.getLength(); error++) {
                Element element = (Element) errors.item(error);
                String source = element.getAttribute("source");
                findings.add(new Finding(relative, Integer.parseInt(element.getAttribute("line")),
                    source.substring(source.indexOf('#') + 1)));
            }
        }
        return findings;
    }

    private record Coordinates(String groupId, String artifactId, String version) {
        static Coordinates of(Path pom) throws IOException {
            Element project = parse(pom).getDocumentElement();
            Element parent = child(project, "parent");
            String groupId = text(project, "groupId", parent);
            return new Coordinates(groupId, text(project, "artifactId", null), text(project, "version", parent));
        }

        Path directory() {
            return REPOSITORY.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        }

        private static String text(Element project, String name, Element inheritedFrom) {
            Element element = child(project, name);
            if (element == null && inheritedFrom != null) {
                element = child(inheritedFrom, name);
            }
            if (element == null) {
                throw new IllegalStateException("no " + name + " in the pom of " + project.getTextContent());
            }
            return element.getTextContent().strip();
        }

        private static Element child(Element parent, String name) {
            NodeList children = parent.getChildNodes();
            for (int index = 0; index < children.getLength(); index++) {
                if (children.item(index) instanceof Element element && element.getTagName().equals(name)) {
                    return element;
                }
            }
            return null;
        }
    }

    /**
     * Lays out a SNAPSHOT as {@code mvn deploy} would: timestamped files and a maven-metadata.xml updated
     * now. Resolution takes the newest of the local repository and the remote ones, so a stale
     * 0.1.0-SNAPSHOT that someone installed locally cannot shadow the jar under test, and the download
     * lands beside it under its own timestamped name instead of overwriting it.
     */
    private static void deploy(Coordinates coordinates, Path pom, Path jar) throws IOException {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String timestamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd.HHmmss"));
        String updated = now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String version = coordinates.version().replace("SNAPSHOT", timestamp + "-1");
        Path directory = coordinates.directory();
        Files.createDirectories(directory);
        StringBuilder snapshotVersions = new StringBuilder();
        for (Path file : jar == null ? List.of(pom) : List.of(pom, jar)) {
            String extension = file == jar ? "jar" : "pom";
            Path deployed = directory.resolve(coordinates.artifactId() + "-" + version + "." + extension);
            writeWithChecksum(deployed, Files.readAllBytes(file));
            DEPLOYED.add(deployed);
            snapshotVersions.append("""
                      <snapshotVersion><extension>%s</extension><value>%s</value><updated>%s</updated></snapshotVersion>
                """.formatted(extension, version, updated));
        }
        writeWithChecksum(directory.resolve("maven-metadata.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <metadata modelVersion="1.1.0">
              <groupId>%s</groupId>
              <artifactId>%s</artifactId>
              <version>%s</version>
              <versioning>
                <snapshot><timestamp>%s</timestamp><buildNumber>1</buildNumber></snapshot>
                <lastUpdated>%s</lastUpdated>
                <snapshotVersions>
            %s    </snapshotVersions>
              </versioning>
            </metadata>
            """.formatted(coordinates.groupId(), coordinates.artifactId(), coordinates.version(), timestamp,
                updated, snapshotVersions).getBytes(StandardCharsets.UTF_8));
    }

    // Maven warns, with a stack trace, about downloads without a checksum.
    private static void writeWithChecksum(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(content);
            Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), HexFormat.of().formatHex(sha1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static Document parse(Path xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path path : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run this test through"
                + " the module's failsafe configuration (mvn verify)");
        }
        return value;
    }
}
