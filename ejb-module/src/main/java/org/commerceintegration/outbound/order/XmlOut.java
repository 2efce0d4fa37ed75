package org.commerceintegration.outbound.order;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.commerceintegration.outbound.OutboundCompositionException;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} for messages in Commerce's layout: one element per line, no
 * indentation, as the shipped templates print them (TV-4). The stream writer escapes every value; this class adds
 * what it does not check: characters XML 1.0 cannot carry at all (most control characters, lone surrogates), which
 * would make the document unreadable, are refused with the element's name.
 *
 * <p>Always the JDK's built-in writer ({@link XMLOutputFactory#newDefaultFactory()}), whatever StAX implementation the
 * server offers, so that the output is byte-for-byte the same everywhere (quotes, declaration, empty elements).
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final String NEWLINE = "\n";

    private final XMLStreamWriter writer;

    XmlOut(OutputStream out) {
        try {
            this.writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot create the XML writer", e);
        }
    }

    /** XML declaration (UTF-8) and the DOCTYPE line. */
    XmlOut prolog(String doctype) throws XMLStreamException {
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        writer.writeCharacters(NEWLINE);
        writer.writeDTD(doctype);
        writer.writeCharacters(NEWLINE);
        return this;
    }

    /** A start tag on its own line; attributes as name/value pairs, those with a {@code null} value left out. */
    XmlOut open(String element, String... attributes) throws XMLStreamException {
        writer.writeStartElement(element);
        attributes(element, attributes);
        writer.writeCharacters(NEWLINE);
        return this;
    }

    XmlOut close() throws XMLStreamException {
        writer.writeEndElement();
        writer.writeCharacters(NEWLINE);
        return this;
    }

    /** {@code <element attr="...">text</element>}; {@code null} text gives an empty element. */
    XmlOut leaf(String element, String text, String... attributes) throws XMLStreamException {
        writer.writeStartElement(element);
        attributes(element, attributes);
        if (text != null && !text.isEmpty()) {
            writer.writeCharacters(checked(element, text));
        }
        writer.writeEndElement();
        writer.writeCharacters(NEWLINE);
        return this;
    }

    /** A leaf only when the text is not {@code null} or blank. */
    XmlOut leafIfPresent(String element, String text, String... attributes) throws XMLStreamException {
        if (text != null && !text.isBlank()) {
            leaf(element, text, attributes);
        }
        return this;
    }

    void finish() throws XMLStreamException {
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    private void attributes(String element, String[] attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                writer.writeAttribute(attributes[i], checked(element + "@" + attributes[i], attributes[i + 1]));
            }
        }
    }

    /** Refuses characters outside XML 1.0's {@code Char} production. */
    static String checked(String where, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                throw new OutboundCompositionException(where + " holds character U+" + String.format("%04X", c)
                        + " at position " + i + ", which XML 1.0 cannot carry");
            }
            i += Character.charCount(c);
        }
        return text;
    }
}
