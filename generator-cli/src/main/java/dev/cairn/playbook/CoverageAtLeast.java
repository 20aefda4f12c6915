package dev.cairn.playbook;

import dev.cairn.template.YamlFields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code coverage-at-least: 70} (or {@code {percent: 70, counter: BRANCH, report: PATH}}): the JaCoCo XML report says
 * the project's coverage is at least that many percent. The total is the report's own top-level counter ({@code LINE}
 * unless another is named). The report is what {@code mvn verify} leaves (default
 * {@value #DEFAULT_REPORT}), so the project must have been built.
 *
 * <p>JaCoCo's report declares a DOCTYPE ({@code report.dtd}); it is read with the JDK's parser, with external
 * DTDs and entities never fetched or expanded.
 *
 * @param percent the least coverage, 0 to 100
 * @param counter JaCoCo's counter: LINE, BRANCH, INSTRUCTION, METHOD, CLASS or COMPLEXITY
 * @param report the report, relative to the project root
 */
public record CoverageAtLeast(int percent, String counter, String report) implements Verification {

    static final String TYPE = "coverage-at-least";
    static final String DEFAULT_REPORT = "target/site/jacoco/jacoco.xml";
    private static final List<String> COUNTERS = List.of("LINE", "BRANCH", "INSTRUCTION", "METHOD", "CLASS", "COMPLEXITY");
    private static final String EXAMPLE = "'coverage-at-least: 70' or '{percent: 70, counter: LINE, report: " + DEFAULT_REPORT + "}'";

    static CoverageAtLeast read(VerificationSpec spec) {
        if (spec.isScalar()) {
            return new CoverageAtLeast(spec.number(spec.value(), 0, 100, EXAMPLE), "LINE", DEFAULT_REPORT);
        }
        YamlFields fields = spec.fields(List.of("percent", "counter", "report"));
        if (!fields.has("percent")) {
            throw spec.error(spec.value(), "'coverage-at-least' needs percent", "write it like " + EXAMPLE);
        }
        String counter = fields.has("counter") ? spec.text(fields.value("counter"), EXAMPLE).toUpperCase(Locale.ROOT) : "LINE";
        if (!COUNTERS.contains(counter)) {
            throw spec.error(fields.value("counter"), "'" + counter + "' is not a JaCoCo counter", "use one of " + String.join(", ", COUNTERS));
        }
        String report = fields.has("report") ? spec.path(fields.value("report"), EXAMPLE) : DEFAULT_REPORT;
        return new CoverageAtLeast(spec.number(fields.value("percent"), 0, 100, EXAMPLE), counter, report);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return TYPE + " " + percent + "% " + counter.toLowerCase(Locale.ROOT) + " (" + report + ")";
    }

    @Override
    public Verdict verify(Project project) throws IOException {
        if (!Files.isRegularFile(project.root().resolve(report))) {
            return Verdict.fail("no JaCoCo report " + report + ": build the project first (mvn verify)");
        }
        Element root;
        try (InputStream in = Files.newInputStream(project.root().resolve(report))) {
            root = parser().parse(new InputSource(in)).getDocumentElement();
        } catch (SAXException e) {
            return Verdict.fail(report + " is not a JaCoCo XML report: " + e.getMessage());
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("counter") && element.getAttribute("type").equals(counter)) {
                long missed = Long.parseLong(element.getAttribute("missed"));
                long covered = Long.parseLong(element.getAttribute("covered"));
                double actual = missed + covered == 0 ? 0 : 100.0 * covered / (missed + covered);
                String shown = String.format(Locale.ROOT, "%.1f%% of %s coverage (%d of %d)", actual,
                        counter.toLowerCase(Locale.ROOT), covered, missed + covered);
                return actual >= percent ? Verdict.pass(shown) : Verdict.fail(shown + ", below " + percent + "%");
            }
        }
        return Verdict.fail(report + " has no " + counter + " counter for the whole project");
    }

    /** The JDK's parser, fetching and expanding nothing: JaCoCo's DOCTYPE names report.dtd, which is never read. */
    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports these features", e);
        }
    }
}
