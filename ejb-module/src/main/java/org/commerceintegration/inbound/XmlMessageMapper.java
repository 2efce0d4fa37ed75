package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.time.ZoneId;
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
 * {@code <ECEDOC>} buffer), so the next mapper may try; a {@link CommandInvocation} for a valid message of a mapped
 * type; otherwise a {@link MessageFormatException}: reason {@value #NO_COMMAND} (text "No command matches the inbound
 * message") for an unknown root element or version, or an {@link XmlFormatException} reason for anything else.
 *
 * <p>Prefer the byte-array methods when the transport delivers bytes (JMS {@code BytesMessage}): they decode strictly
 * and report broken byte sequences with their offset, whereas text the transport decoded leniently arrives with
 * U+FFFD in place of the broken bytes and cannot be told from genuine text.
 */
@ApplicationScoped
public class XmlMessageMapper implements MessageMapper {

    /** Reason code when no template (or no bundled DTD) matches the message's root element and version. */
    public static final String NO_COMMAND = "NO_COMMAND";

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
    public Optional<CommandInvocation> map(String message, Charset decodedWith) {
        if (decodedWith != null && message != null && looksLikeXml(message)) {
            DeclaredEncoding.check(message, decodedWith);
        }
        return map(message);
    }

    @Override
    public Optional<CommandInvocation> map(String message) {
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

    /** As {@link #map(String)} for raw bytes, decoded by the XML rules (BOM, declared encoding, else UTF-8). */
    public Optional<CommandInvocation> map(byte[] message) {
        return map(message, null);
    }

    /**
     * As {@link #map(byte[])} with the transport's charset, which wins over the XML declaration; {@code null}
     * means "follow the XML rules".
     */
    public Optional<CommandInvocation> map(byte[] message, Charset charset) {
        if (message == null || !looksLikeXml(message)) {
            return Optional.empty();
        }
        MappingHandler handler = new MappingHandler(templates, converter);
        try {
            parser.parse(message, charset, handler);
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

    static boolean looksLikeXml(byte[] message) {
        if (message.length >= 2
                && ((message[0] == (byte) 0xFE && message[1] == (byte) 0xFF)
                        || (message[0] == (byte) 0xFF && message[1] == (byte) 0xFE)
                        || (message[0] == 0 && message[1] == '<')
                        || (message[0] == '<' && message[1] == 0))) {
            return true;
        }
        int i = message.length >= 3
                        && message[0] == (byte) 0xEF
                        && message[1] == (byte) 0xBB
                        && message[2] == (byte) 0xBF
                ? 3
                : 0;
        while (i < message.length
                && (message[i] == ' ' || message[i] == '\t' || message[i] == '\r' || message[i] == '\n')) {
            i++;
        }
        if (i >= message.length || message[i] != '<') {
            return false;
        }
        byte[] legacy = {'<', 'E', 'C', 'E', 'D', 'O', 'C', '>'};
        if (message.length - i < legacy.length) {
            return true;
        }
        for (int j = 0; j < legacy.length; j++) {
            if (message[i + j] != legacy[j]) {
                return true;
            }
        }
        return false;
    }
}
