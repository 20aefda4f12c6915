package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.cli.ExitCodes;
import dev.cairn.cli.Main;
import dev.cairn.rules.archunit.RuleIds;
import dev.cairn.rules.checkstyle.SecretMatch;
import dev.cairn.rules.checkstyle.SecretPatterns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Acceptance line 2 of issue 4: on a sample project holding one known violation of each rule, {@code cairn check}
 * finds each, with the right file and line, and exits 1; the clean twin exits 0.
 *
 * <p>The projects are {@code src/test/resources/check/sample/violating} and {@code .../clean}: Maven layout, a
 * {@code cairn.yaml}, Java sources, configuration files, a {@code .gitignore} and {@code secrets.ignore} hiding files
 * that hold secrets (never reported), and a committed migration store ({@code .cairn/archunit-store/}) that freezes one
 * old use of the legacy package, so that only the new one is a violation, in CI or not. The twin has the same files,
 * each violation fixed; a file whose violation is its name or package is renamed.
 *
 * <p>Every expected finding is marked where it is reported: {@code expect: <rule id>...} on the reported line (after
 * {@code //}, {@code #} or {@code ;}), or {@code expect-next: <rule id>...} on the line before it where the reported
 * line cannot hold a comment (a {@code .properties} value runs to the end of its line; a PEM block has no comments, but
 * text before it is allowed). One line may name two rules: the ArchUnit and Checkstyle twins
 * {@code cairn.frameworks.isolated} and {@code cairn.frameworks.import} both report the same framework import, and
 * nothing can break one without the other.
 *
 * <p>The test asserts that the findings are exactly the marked ones, each once, and that every rule of the catalogue
 * is among them: the built-in ArchUnit ids, a project rule, every id in {@code cairn/checkstyle.xml} (read from the
 * rule pack's jar) and every kind of secret. A rule added later without a violation in the sample fails here.
 *
 * <p>Tokens in formats that code hosts' own secret scanners treat as live (GitHub, Slack, Stripe, Google) are written
 * {@code @@kind@@} in the fixture and filled in with made-up values, built from pieces, when the project is copied:
 * Cairn's repository holds no whole token, as in {@code SecretPatternsTest}. The files the samples' own
 * {@code .gitignore} hides are committed all the same ({@code git add -f}): the test needs them to prove they are skipped.
 */
class SampleProjectAcceptanceTest {

    private static final Path SAMPLES = Path.of("src/test/resources/check/sample");

    private static final Map<String, String> MADE_UP_TOKENS = Map.of(
            "@@github-token@@", "ghp_" + "0123456789abcdefghijABCDEFGHIJ012345",
            "@@slack-token@@", "xoxb-" + "1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
            "@@slack-webhook-url@@", "https://hooks.slack.com/services/" + "T00000000/B00000000/" + "XXXXXXXXXXXXXXXXXXXXXXXX",
            "@@google-api-key@@", "AIza" + "SyA-0123456789abcdefghijABCDEFGHIJ_",
            "@@stripe-secret-key@@", "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc");

    /** Files of the violating sample whose violation is their name: the clean twin renames them. */
    private static final Map<String, String> RENAMED_IN_CLEAN = Map.of(
            "src/main/java/com/acme/shop/domain/OrderDto.java", "src/main/java/com/acme/shop/domain/OrderLine.java",
            "src/main/java/com/acme/shop/adapter/web/OrderEndpoint.java", "src/main/java/com/acme/shop/adapter/web/OrderController.java",
            "src/main/java/com/acme/shop/style/Bad_Name.java", "src/main/java/com/acme/shop/style/GoodName.java",
            "src/main/java/com/acme/shop/style/Misnamed.java", "src/main/java/com/acme/shop/style/Renamed.java",
            "src/main/java/com/acme/shop/old_style/Archive.java", "src/main/java/com/acme/shop/oldstyle/Archive.java");

    private static final Pattern MARKER = Pattern.compile("\\bexpect(?<next>-next)?:\\s*(?<ids>cairn\\.[\\w.-]+(?:\\s+cairn\\.[\\w.-]+)*)");

    /** One finding as the acceptance line names it. */
    record Found(String ruleId, String file, int line) implements Comparable<Found> {
        @Override
        public int compareTo(Found other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + ruleId;
        }
    }

    record Run(int exit, String out, String err) {}

    @Test
    void finds_every_marked_violation_with_its_file_and_line_and_nothing_else_and_exits_1(@TempDir Path temp) throws Exception {
        Path project = materialise(SAMPLES.resolve("violating"), temp);
        List<Found> expected = markers(project);
        assertThat(project.resolve("src/main/resources/application.local.properties")).as("git-ignored, holds a secret").exists();
        assertThat(project.resolve("local/.env")).as("in a git-ignored folder, holds a secret").exists();
        assertThat(project.resolve("src/test/resources/fixtures/stub.properties")).as("under secrets.ignore, holds a secret").exists();

        Run run = check(project);

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        List<Found> found = findings(run.out());
        assertThat(new TreeSet<>(found)).as("findings (left) against the expect: markers (right)")
                .containsExactlyElementsOf(new TreeSet<>(expected));
        assertThat(found).as("each violation is reported once").doesNotHaveDuplicates().hasSameSizeAs(expected);
    }

    @Test
    void the_violating_sample_breaks_every_rule_of_the_catalogue(@TempDir Path temp) throws Exception {
        Path project = materialise(SAMPLES.resolve("violating"), temp);
        Set<String> marked = markers(project).stream().map(Found::ruleId).collect(Collectors.toSet());

        assertThat(marked).containsAll(catalogue())
                .anySatisfy(id -> assertThat(id).startsWith(RuleIds.PROJECT_PREFIX));
    }

    @Test
    void the_clean_twin_has_the_same_files_and_exits_0_without_findings(@TempDir Path temp) throws Exception {
        Path project = materialise(SAMPLES.resolve("clean"), temp);
        List<Found> marked = markers(project);

        Run run = check(project);

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(findings(run.out())).isEmpty();
        assertThat(marked).isEmpty();
        List<String> twinOfViolating = files(SAMPLES.resolve("violating")).stream()
                .map(file -> RENAMED_IN_CLEAN.getOrDefault(file, file)).sorted().toList();
        assertThat(files(SAMPLES.resolve("clean"))).isEqualTo(twinOfViolating);
    }

    /**
     * Every rule id a sample must break: ArchUnit's built-in ones, Checkstyle's (every {@code id} property in the
     * standard configuration), the secret scan's.
     */
    private static Set<String> catalogue() throws Exception {
        Set<String> ids = new TreeSet<>(RuleIds.BUILT_IN);
        ids.addAll(checkstyleIds());
        SecretPatterns.kinds().stream().map(SecretMatch::ruleIdOf).forEach(ids::add);
        return ids;
    }

    private static Set<String> checkstyleIds() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the DOCTYPE names checkstyle.org's DTD: not fetched, ids need no validation
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Set<String> ids = new TreeSet<>();
        try (InputStream in = SampleProjectAcceptanceTest.class.getResourceAsStream("/cairn/checkstyle.xml")) {
            assertThat(in).as("cairn/checkstyle.xml of cairn-checkstyle-rules on the class path").isNotNull();
            NodeList properties = factory.newDocumentBuilder().parse(in).getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if (property.getAttribute("name").equals("id") && property.getParentNode().getNodeName().equals("module")) {
                    ids.add(property.getAttribute("value"));
                }
            }
        }
        assertThat(ids).as("ids in cairn/checkstyle.xml").hasSizeGreaterThan(30);
        return ids;
    }

    /** Copies a sample into {@code temp}, fills in the made-up tokens and compiles it into target/classes. */
    private static Path materialise(Path sample, Path temp) throws IOException, URISyntaxException {
        Path project = temp.resolve(sample.getFileName());
        for (String file : files(sample)) {
            Path target = project.resolve(file);
            Files.createDirectories(target.getParent());
            String text = Files.readString(sample.resolve(file), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> token : MADE_UP_TOKENS.entrySet()) {
                text = text.replace(token.getKey(), token.getValue());
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        compile(project);
        return project;
    }

    /** Every file below a folder, relative, '/'-separated, sorted. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** javac, with the framework jars the sample imports (Spring's annotations, Joda-Time) on its class path. */
    private static void compile(Path project) throws IOException, URISyntaxException {
        String classPath = String.join(java.io.File.pathSeparator, jarOf(org.springframework.stereotype.Service.class),
                jarOf(org.springframework.beans.factory.annotation.Autowired.class), jarOf(org.joda.time.DateTimeUtils.class));
        List<String> args = new ArrayList<>(List.of("-g", "-nowarn", "-encoding", "UTF-8", "--release", "17",
                "-classpath", classPath, "-d", project.resolve("target/classes").toString()));
        try (Stream<Path> sources = Files.walk(project.resolve("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exit = javac.run(null, null, diagnostics, args.toArray(String[]::new));
        assertThat(exit).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** The {@code expect:} markers of a project's files. */
    private static List<Found> markers(Path project) throws IOException {
        List<Found> expected = new ArrayList<>();
        for (String file : files(project)) {
            if (file.startsWith("target/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(project.resolve(file), StandardCharsets.UTF_8);
            for (int index = 0; index < lines.size(); index++) {
                Matcher marker = MARKER.matcher(lines.get(index));
                if (marker.find()) {
                    int line = index + 1 + (marker.group("next") == null ? 0 : 1);
                    for (String id : marker.group("ids").split("\\s+")) {
                        expected.add(new Found(id, file, line));
                    }
                }
            }
        }
        return expected;
    }

    private static Run check(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), "check", project.toString(), "--format", "json");
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<Found> findings(String json) throws IOException {
        List<Found> found = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(json).path("findings")) {
            found.add(new Found(finding.path("rule").asText(), finding.path("file").asText(), finding.path("line").asInt()));
        }
        return found;
    }
}
