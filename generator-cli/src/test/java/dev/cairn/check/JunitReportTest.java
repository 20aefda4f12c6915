package dev.cairn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_suite_per_tool_and_a_failing_case_per_file_and_rule() throws Exception {
        Document doc = parse(JunitReport.render(Reports.sample()));

        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element archunit = (Element) suites.item(0);
        assertThat(archunit.getAttribute("name")).isEqualTo("cairn.archunit");
        assertThat(archunit.getAttribute("tests")).isEqualTo("2");
        assertThat(archunit.getAttribute("failures")).isEqualTo("2");
        Element streams = (Element) archunit.getElementsByTagName("testcase").item(1);
        assertThat(streams.getAttribute("classname")).isEqualTo("src/main/java/com/acme/App.java");
        assertThat(streams.getAttribute("name")).isEqualTo("cairn.coding.no-standard-streams");
        Element failure = (Element) streams.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("cairn.coding.no-standard-streams");
        assertThat(failure.getTextContent()).contains("src/main/java/com/acme/App.java:7: error: Method <com.acme.App.main");
        // a message with markup characters survives as text
        Element layers = (Element) archunit.getElementsByTagName("testcase").item(0);
        assertThat(((Element) layers.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("Layer 'domain' may not depend on <a|b> *at all*");
    }

    @Test
    void warnings_pass_and_are_listed_in_system_out() throws Exception {
        Element checkstyle = (Element) parse(JunitReport.render(Reports.sample())).getElementsByTagName("testsuite").item(1);

        assertThat(checkstyle.getAttribute("failures")).isEqualTo("0");
        Element unused = (Element) checkstyle.getElementsByTagName("testcase").item(0);
        assertThat(unused.getElementsByTagName("failure").getLength()).isZero();
        assertThat(unused.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("App.java:3:8: warning: Unused import - java.util.List.", "App.java:4:8: warning");
    }

    @Test
    void clean_run_has_one_passing_case_per_tool() throws Exception {
        Document doc = parse(JunitReport.render(Reports.clean()));

        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }
}
