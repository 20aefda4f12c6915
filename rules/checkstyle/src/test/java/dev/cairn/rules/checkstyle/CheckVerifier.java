package dev.cairn.rules.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a real Checkstyle {@link Checker} over one input file, the way Checkstyle tests its own checks:
 * findings as {@code "line:col: message"} in file order, and the lines marked {@code // violation} in
 * the input must be exactly the lines of the expected findings.
 */
final class CheckVerifier {

    private static final String VIOLATION_MARKER = "// violation";
    private static final Pattern VIOLATION_MARKER_PATTERN = Pattern.compile("// violation(?: (\\d+) lines? below)?");

    private CheckVerifier() {
    }

    /** A check wrapped in a TreeWalker under a Checker. */
    static DefaultConfiguration treeWalkerWith(DefaultConfiguration check) {
        DefaultConfiguration treeWalker = new DefaultConfiguration("TreeWalker");
        treeWalker.addChild(check);
        DefaultConfiguration checker = new DefaultConfiguration("Checker");
        checker.addChild(treeWalker);
        return checker;
    }

    /** Asserts that the check finds exactly {@code expected} in the input, and that the markers agree. */
    static void verify(DefaultConfiguration check, String input, String... expected) {
        Path file = input(input);
        List<String> findings = findings(treeWalkerWith(check), file).stream().map(Finding::text).toList();
        assertThat(findings).as("findings in %s", input).containsExactly(expected);
        assertThat(markedLines(file)).as("lines marked %s in %s", VIOLATION_MARKER, input)
            .containsExactlyElementsOf(new TreeSet<>(List.of(expected).stream().map(CheckVerifier::lineOf).toList()));
    }

    /** What Checkstyle reports: the module id (or module name) and the finding. */
    record Finding(String source, int line, int column, String message) {
        String text() {
            return line + ":" + column + ": " + message;
        }
    }

    /** Runs a whole configuration (a Checker) on one file. */
    static List<Finding> findings(Configuration checkerConfiguration, Path file) {
        Checker checker = new Checker();
        try {
            checker.setModuleClassLoader(CheckVerifier.class.getClassLoader());
            checker.setLocaleLanguage("en");
            checker.setLocaleCountry("");
            checker.configure(checkerConfiguration);
            Collector collector = new Collector();
            checker.addListener(collector);
            checker.process(List.of(file.toFile()));
            return collector.findings;
        } catch (CheckstyleException e) {
            throw new IllegalStateException("Checkstyle failed on " + file + ": " + e.getMessage(), e);
        } finally {
            checker.destroy();
        }
    }

    static Path input(String name) {
        URL url = Objects.requireNonNull(CheckVerifier.class.getResource(name), () -> "no test input " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    // "// violation" marks its own line; "// violation 3 lines below" marks a line that cannot hold a
    // comment, such as a line inside a text block.
    private static List<Integer> markedLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Integer> marked = new ArrayList<>();
            for (int index = 0; index < lines.size(); index++) {
                Matcher marker = VIOLATION_MARKER_PATTERN.matcher(lines.get(index));
                if (marker.find()) {
                    int below = marker.group(1) == null ? 0 : Integer.parseInt(marker.group(1));
                    marked.add(index + 1 + below);
                }
            }
            return marked.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String finding) {
        return Integer.parseInt(finding.substring(0, finding.indexOf(':')));
    }

    private static final class Collector implements AuditListener {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public void addError(AuditEvent event) {
            String source = event.getModuleId() != null ? event.getModuleId() : event.getSourceName();
            findings.add(new Finding(source, event.getLine(), event.getColumn(), event.getMessage()));
        }

        @Override
        public void addException(AuditEvent event, Throwable throwable) {
            throw new IllegalStateException("Checkstyle failed on " + event.getFileName(), throwable);
        }

        @Override
        public void auditStarted(AuditEvent event) {
        }

        @Override
        public void auditFinished(AuditEvent event) {
        }

        @Override
        public void fileStarted(AuditEvent event) {
        }

        @Override
        public void fileFinished(AuditEvent event) {
        }
    }
}
