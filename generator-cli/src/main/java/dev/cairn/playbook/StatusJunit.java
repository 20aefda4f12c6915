package dev.cairn.playbook;

import dev.cairn.check.JunitXml;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code status --format junit}, for CI test-report views (GitLab's merge-request widget, Jenkins' junit step): a
 * {@code testsuite} per playbook, a {@code testcase} per item ({@code classname} the playbook and section, {@code name}
 * the item's id and title). A required item that is not done fails, as {@code --require} does; a recommended one that
 * is not done, and an item that does not apply, are skipped with the reason; what was found is the case's
 * {@code system-out}.
 */
final class StatusJunit {

    private StatusJunit() {}

    static String render(List<PlaybookStatus> statuses) {
        return JunitXml.document(xml -> {
            xml.writeAttribute("name", "cairn playbook status");
            xml.writeAttribute("tests", String.valueOf(statuses.stream().mapToInt(s -> s.items().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(statuses.stream().mapToInt(s -> s.unmet().size()).sum()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(statuses.stream().mapToLong(StatusJunit::skipped).sum()));
            for (PlaybookStatus status : statuses) {
                JunitXml.newline(xml, 1);
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", status.playbook().id());
                xml.writeAttribute("tests", String.valueOf(status.items().size()));
                xml.writeAttribute("failures", String.valueOf(status.unmet().size()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", String.valueOf(skipped(status)));
                xml.writeAttribute("time", "0");
                for (PlaybookStatus.SectionStatus section : status.sections()) {
                    for (PlaybookStatus.ItemResult result : section.items()) {
                        testcase(xml, status.playbook().id() + "." + section.section().id(), result);
                    }
                }
                JunitXml.newline(xml, 1);
                xml.writeEndElement();
            }
        });
    }

    private static long skipped(PlaybookStatus status) {
        return status.items().stream().filter(StatusJunit::isSkipped).count();
    }

    private static boolean isSkipped(PlaybookStatus.ItemResult result) {
        return !result.status().done() && !result.unmet();
    }

    private static void testcase(XMLStreamWriter xml, String classname, PlaybookStatus.ItemResult result) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", result.item().id() + ": " + result.item().title());
        xml.writeAttribute("time", "0");
        String detail = result.status().label() + ": " + StatusFormat.oneLine(result.detail());
        if (result.unmet()) {
            newline(xml, 3);
            xml.writeStartElement("failure");
            xml.writeAttribute("type", result.status().id());
            xml.writeAttribute("message", "required item " + detail);
            xml.writeCharacters(describe(result));
            xml.writeEndElement();
        } else if (isSkipped(result)) {
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", (result.status() == ItemStatus.NOT_APPLICABLE ? "" : "recommended item ") + detail);
        }
        newline(xml, 3);
        xml.writeStartElement("system-out");
        xml.writeCharacters(describe(result));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static String describe(PlaybookStatus.ItemResult result) {
        Item item = result.item();
        return "\n" + item.title() + "\nWhy: " + StatusFormat.oneLine(item.why()) + "\nCheck: "
                + (item.manual() ? "signed off by the " + item.signoff() : item.verification().describe()) + "\n"
                + result.status().label() + ": " + StatusFormat.oneLine(result.detail()) + "\n";
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        JunitXml.newline(xml, depth);
    }
}
