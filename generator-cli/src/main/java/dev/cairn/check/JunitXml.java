package dev.cairn.check;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The frame of a JUnit XML report as Cairn writes them ({@code cairn check}, {@code cairn playbook status}): the XML
 * declaration, one {@code testsuites} element around what the caller writes, two-space indents.
 */
public final class JunitXml {

    /** Writes the {@code testsuites} element's attributes and its suites. */
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private JunitXml() {}

    /** The whole document, the {@code testsuites} element opened before {@code body} and closed after it. */
    public static String document(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            body.write(xml);
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML into a string does not fail", e);
        }
        return text.toString();
    }

    /** A line break and the indent of {@code depth} levels. */
    public static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
