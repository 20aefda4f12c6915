package dev.cairn.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as CI test-report views (Jenkins, GitLab, GitHub test-report actions) read it: a {@code testsuite}
 * per tool ({@code cairn.archunit}, ...), a {@code testcase} per file and rule ({@code classname} the file,
 * {@code name} the rule id) that fails with one {@code failure} listing every error of that rule in that file.
 * Warnings do not fail: their test case passes and lists them in {@code system-out}. A tool with no findings has
 * one passing test case, so that the view shows it ran.
 */
public final class JunitReport {

    private JunitReport() {}

    public static String render(Report report) {
        List<Suite> suites = suites(report.findings());
        return JunitXml.document(xml -> {
            xml.writeAttribute("name", "cairn check");
            xml.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(s -> s.cases().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.stream().mapToLong(Suite::failures).sum()));
            xml.writeAttribute("errors", "0");
            for (Suite suite : suites) {
                newline(xml, 1);
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", "cairn." + suite.tool().id());
                xml.writeAttribute("tests", String.valueOf(suite.cases().size()));
                xml.writeAttribute("failures", String.valueOf(suite.failures()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                xml.writeAttribute("time", "0");
                for (Case c : suite.cases()) {
                    testcase(xml, suite.tool(), c);
                }
                newline(xml, 1);
                xml.writeEndElement();
            }
        });
    }

    private record Case(String file, String rule, List<Finding> errors, List<Finding> warnings) {}

    private record Suite(Tool tool, List<Case> cases) {
        long failures() {
            return cases.stream().filter(c -> !c.errors().isEmpty()).count();
        }
    }

    private static List<Suite> suites(List<Finding> findings) {
        List<Suite> suites = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            Map<String, Map<String, List<Finding>>> byFileAndRule = new TreeMap<>();
            for (Finding f : findings) {
                if (f.tool() == tool) {
                    byFileAndRule.computeIfAbsent(Objects.requireNonNullElse(f.file(), "(no file)"), k -> new TreeMap<>())
                            .computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
                }
            }
            List<Case> cases = new ArrayList<>();
            byFileAndRule.forEach((file, rules) -> rules.forEach((rule, list) -> cases.add(new Case(file, rule,
                    list.stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                    list.stream().filter(f -> f.severity() == Severity.WARNING).toList()))));
            if (cases.isEmpty()) {
                cases.add(new Case("cairn." + tool.id(), "no findings", List.of(), List.of()));
            }
            suites.add(new Suite(tool, cases));
        }
        return suites;
    }

    private static void testcase(XMLStreamWriter xml, Tool tool, Case c) throws XMLStreamException {
        newline(xml, 2);
        boolean empty = c.errors().isEmpty() && c.warnings().isEmpty();
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", c.file());
        xml.writeAttribute("name", c.rule());
        xml.writeAttribute("time", "0");
        if (empty) {
            return;
        }
        if (!c.errors().isEmpty()) {
            newline(xml, 3);
            xml.writeStartElement("failure");
            Finding first = c.errors().get(0);
            xml.writeAttribute("type", c.rule());
            xml.writeAttribute("message", c.errors().size() == 1 ? first.message()
                    : c.errors().size() + " findings, the first: " + first.message());
            xml.writeCharacters(lines(c.file(), c.errors()));
            xml.writeEndElement();
        }
        if (!c.warnings().isEmpty()) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(c.file(), c.warnings()));
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    /** One line per finding: "App.java:12:5: error: message (hint: ...)". */
    private static String lines(String file, List<Finding> findings) {
        StringBuilder out = new StringBuilder("\n");
        for (Finding f : findings) {
            out.append(file);
            if (f.line() > 0) {
                out.append(':').append(f.line());
                if (f.column() > 0) {
                    out.append(':').append(f.column());
                }
            }
            out.append(": ").append(f.severity().id()).append(": ").append(f.message());
            if (f.hint() != null && !f.hint().isBlank()) {
                out.append(" (hint: ").append(f.hint()).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        JunitXml.newline(xml, depth);
    }
}
