package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.format.xml.UnknownDocumentTypeException;
import org.commerceintegration.format.xml.XmlFormatException;

/**
 * The XML message mapper (Commerce's {@code WCS.INTEGRATION}): validates an inbound XML message against its bundled
 * DTD and maps it, in the same single streaming pass, through the {@link TemplateTable} entry for its root element
 * and version.
 *
 * <p>Outcomes: empty for text that is not XML (first non-blank character not {@code <}, or a legacy
 * {@code <ECEDOC>} buffer), so the next mapper may try; one {@link CommandInvocation} per block of a valid message of a
 * mapped type (a template's {@code BLOCK} element, e.g. each {@code OrderStatus} of {@code Update_NC_OrderStatus};
 * the whole message when the template has none); otherwise a {@link MessageFormatException}: reason
 * {@value MessageMapper#NO_COMMAND} (text "No command matches the inbound message") for an unknown root element or
 * version, or an {@link XmlFormatException} reason for anything else.
 *
 * <p>The text comes from the inbound path's strict decoder ({@code MessageDecoder}), which refuses broken byte
 * sequences before they could turn into U+FFFD here.
 */
@ApplicationScoped
public class XmlMessageMapper implements MessageMapper {

    private final TemplateTable templates;
    private final SafeXmlParser parser;
    private final FieldConverter converter;

    /** The shipped templates, the bundled message DTDs and the server's time zone. */
    public XmlMessageMapper() {
        this(TemplateTable.bundled(), SafeXmlParser.messages(), ZoneId.systemDefault());
    }

    /** Site or test templates, e.g. {@code TemplateTable.bundled().withOverrides(siteFile)}, with the bundled DTDs. */
    public XmlMessageMapper(TemplateTable templates) {
        this(templates, SafeXmlParser.messages(), ZoneId.systemDefault());
    }

    /**
     * @param templates e.g. {@code TemplateTable.bundled().withOverrides(siteFile)}
     * @param parser    the parser, whose DTD catalog must describe every document type the templates map
     * @param zone      where GMTDATE values and ISO timestamps with an offset are expressed
     */
    public XmlMessageMapper(TemplateTable templates, SafeXmlParser parser, ZoneId zone) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.converter = new FieldConverter(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * As {@link #map(String)}, refusing a document whose XML declaration names another encoding than the one its
     * bytes were decoded with: such a message means one thing to us and another to its sender.
     */
    @Override
    public Optional<List<CommandInvocation>> map(String message, Charset decodedWith) {
        if (decodedWith != null && message != null && looksLikeXml(message)) {
            DeclaredEncoding.check(message, decodedWith);
        }
        return map(message);
    }

    /** Maps a message that arrived as text. */
    public Optional<List<CommandInvocation>> map(String message) {
        if (message == null || !looksLikeXml(message)) {
            return Optional.empty();
        }
        MappingHandler handler = new MappingHandler(templates, converter);
        try {
            parser.parse(message, handler);
        } catch (UnknownDocumentTypeException e) {
            throw noCommand(e);
        }
        return Optional.of(handler.result());
    }

    private static XmlFormatException noCommand(UnknownDocumentTypeException e) {
        return new XmlFormatException(
                NO_COMMAND, "No command matches the inbound message: " + e.problem(), e.line(), e.column(), e);
    }

    /** The legacy buffers start with {@code <ECEDOC>}, which would otherwise pass for XML. */
    static boolean looksLikeXml(String message) {
        int i = 0;
        while (i < message.length() && (Character.isWhitespace(message.charAt(i)) || message.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i < message.length() && message.charAt(i) == '<' && !message.startsWith("<ECEDOC>", i);
    }
}
