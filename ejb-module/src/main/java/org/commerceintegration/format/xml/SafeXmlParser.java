package org.commerceintegration.format.xml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.commerceintegration.format.MessageFormatException;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way this project reads XML: streaming SAX with validation against a bundled DTD, and nothing read from
 * anywhere else. See the package documentation for the rules (DTD choice, refused content, limits).
 *
 * <p>Thread-safe. The SAX factory and the DTD bytes are set up once. Configured readers are pooled because creating
 * one costs about as much as validating a message; the bundled DTD itself is still parsed for every message, as the
 * JDK offers no public way to cache a DTD grammar (cost printed by {@code SafeXmlParserTest#printValidationCost}).
 */
public final class SafeXmlParser {

    private static final String JDK_LIMIT = "http://www.oracle.com/xml/jaxp/properties/";

    /** Configured once, never changed afterwards, so concurrent {@code newSAXParser()} calls only read it. */
    private static final SAXParserFactory FACTORY = newFactory();

    private final DtdCatalog catalog;
    private final XmlLimits limits;
    private final ReaderPool readers;

    public SafeXmlParser(DtdCatalog catalog, XmlLimits limits) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.readers = new ReaderPool(this::newReader, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** The parser for the order messages: {@link DtdCatalog#messages()} with {@link XmlLimits#defaults()}. */
    public static SafeXmlParser messages() {
        return MessagesHolder.INSTANCE;
    }

    public DtdCatalog catalog() {
        return catalog;
    }

    public XmlLimits limits() {
        return limits;
    }

    /**
     * Validates a document and feeds its content to {@code handler} in one streaming pass.
     *
     * <p>The handler sees elements only after the DTD has accepted them up to that point (attribute defaults from the
     * DTD included; {@code org.xml.sax.ext.Attributes2#isSpecified} tells them apart). Its locator reports positions
     * in the message as given. A {@link RuntimeException} the handler throws ends the parse and is passed on as is.
     *
     * @throws UnknownDocumentTypeException when no bundled DTD describes the root element and version
     * @throws XmlFormatException           for any other reason the message is refused
     */
    public DocumentInfo parse(String xml, ContentHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (xml == null) {
            throw new XmlFormatException(XmlFormatException.MALFORMED, "no message");
        }
        if (xml.length() > limits.maxMessageSize()) {
            throw tooLarge(xml.length(), "characters");
        }
        String text = !xml.isEmpty() && xml.charAt(0) == '\uFEFF' ? xml.substring(1) : xml;
        return run(text, handler);
    }

    /**
     * As {@link #parse(String, ContentHandler)} for raw bytes, decoded strictly by the XML rules (byte order mark,
     * then the declared encoding, else UTF-8): an invalid byte sequence is an {@link XmlFormatException#ENCODING}
     * error with its offset rather than a replacement character in the data.
     */
    public DocumentInfo parse(byte[] xml, ContentHandler handler) {
        return parse(xml, null, handler);
    }

    /**
     * As {@link #parse(byte[], ContentHandler)} with the transport's charset (e.g. a JMS or MQ header), which then
     * wins over the XML declaration as an external encoding statement does for XML; {@code null} means "follow the
     * XML rules".
     */
    public DocumentInfo parse(byte[] xml, Charset charset, ContentHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (xml == null) {
            throw new XmlFormatException(XmlFormatException.MALFORMED, "no message");
        }
        if (xml.length > limits.maxMessageSize()) {
            throw tooLarge(xml.length, "bytes");
        }
        return parse(XmlDecoder.decode(xml, charset), handler);
    }

    /** Checks a document against its bundled DTD, e.g. the outbound writer proving its output valid before sending. */
    public DocumentInfo validate(String xml) {
        return parse(xml, new DefaultHandler());
    }

    /** As {@link #validate(String)} for bytes, decoded as in {@link #parse(byte[], ContentHandler)}. */
    public DocumentInfo validate(byte[] xml) {
        return parse(xml, new DefaultHandler());
    }

    private DocumentInfo run(String text, ContentHandler handler) {
        PrologScanner.Prolog prolog = PrologScanner.scan(text);
        if (prolog.internalSubsetAt() >= 0) {
            int[] at = TextPosition.lineAndColumn(text, prolog.internalSubsetAt());
            throw new XmlFormatException(
                    XmlFormatException.FORBIDDEN,
                    "a DOCTYPE internal subset is not accepted; messages are validated against the bundled DTD only",
                    at[0],
                    at[1]);
        }
        DtdCatalog.Entry dtd = prolog.complete() ? choose(text, prolog) : null;

        String input = text;
        GuardedHandler.Injection injection = GuardedHandler.Injection.NONE;
        if (dtd != null && !prolog.hasDoctype()) {
            // The JDK parser asks no resolver for a DTD when there is no DOCTYPE, so we give it one that names ours.
            String doctype =
                    "<!DOCTYPE " + prolog.rootName() + " SYSTEM \"" + GuardedHandler.BUNDLED + dtd.fileName() + "\">";
            int at = prolog.declarationEnd();
            input = text.substring(0, at) + doctype + text.substring(at);
            int[] position = TextPosition.lineAndColumn(text, at);
            injection = new GuardedHandler.Injection(position[0], position[1], doctype.length());
        }

        GuardedHandler guard = new GuardedHandler(catalog, dtd, handler, injection);
        XMLReader reader = borrowReader();
        boolean reusable = false;
        try {
            bind(reader, guard);
            reader.parse(new InputSource(new StringReader(input)));
            reusable = true;
        } catch (GuardedHandler.Abort e) {
            reusable = true;
            throw e.failure;
        } catch (SAXException e) {
            if (guard.failure() != null) {
                reusable = true;
                throw guard.failure();
            }
            if (e.getException() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new XmlFormatException(XmlFormatException.MALFORMED, String.valueOf(e.getMessage()), -1, -1, e);
        } catch (IOException e) {
            throw new XmlFormatException(XmlFormatException.MALFORMED, String.valueOf(e.getMessage()), -1, -1, e);
        } catch (RuntimeException e) {
            // A handler's verdict leaves the reader as clean as our own; anything else may be a broken reader.
            reusable = e instanceof MessageFormatException;
            throw e;
        } finally {
            readers.release(reader, reusable);
        }
        if (dtd == null) {
            // Unreachable for a well-formed message (its prolog is readable); kept so a scanner gap cannot pass
            // an unvalidated document.
            throw new XmlFormatException(XmlFormatException.INVALID, "the document type could not be determined");
        }
        return new DocumentInfo(dtd.rootElement(), dtd.version(), dtd.fileName());
    }

    private DtdCatalog.Entry choose(String text, PrologScanner.Prolog prolog) {
        return catalog.select(prolog.rootName(), prolog.version(), prolog.doctypeSystemId())
                .orElseThrow(() -> {
                    int[] at = TextPosition.lineAndColumn(text, prolog.declarationEnd());
                    String version = prolog.version() == null ? "no version attribute" : "version " + prolog.version();
                    String known = catalog.versionsOf(prolog.rootName()).isEmpty()
                            ? "no DTD is bundled for this root element"
                            : "bundled versions are "
                                    + catalog.versionsOf(prolog.rootName()).stream()
                                            .map(DtdCatalog.Entry::version)
                                            .toList();
                    return new UnknownDocumentTypeException(
                            prolog.rootName(),
                            prolog.version(),
                            "unknown document type " + prolog.rootName() + " (" + version + "); " + known,
                            at[0],
                            at[1]);
                });
    }

    private XMLReader borrowReader() {
        try {
            return readers.borrow();
        } catch (SAXException e) {
            throw new IllegalStateException("JDK SAX parser rejects a required setting", e);
        }
    }

    /** Package-private so tests can drive the guard directly, past the prolog check, with the real settings. */
    XMLReader newReader() throws SAXException {
        SAXParser parser;
        try {
            parser = FACTORY.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK SAX parser cannot be configured", e);
        }
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser.setProperty(JDK_LIMIT + "entityExpansionLimit", String.valueOf(limits.entityExpansionLimit()));
        parser.setProperty(JDK_LIMIT + "maxGeneralEntitySizeLimit", String.valueOf(limits.maxEntitySize()));
        parser.setProperty(JDK_LIMIT + "maxParameterEntitySizeLimit", String.valueOf(limits.maxEntitySize()));
        parser.setProperty(JDK_LIMIT + "totalEntitySizeLimit", String.valueOf(limits.totalEntitySize()));
        parser.setProperty(JDK_LIMIT + "maxElementDepth", String.valueOf(limits.maxElementDepth()));
        parser.setProperty(JDK_LIMIT + "elementAttributeLimit", String.valueOf(limits.maxAttributes()));
        parser.setProperty(JDK_LIMIT + "maxXMLNameLimit", String.valueOf(limits.maxNameLength()));
        XMLReader reader = parser.getXMLReader();
        reader.setFeature("http://xml.org/sax/features/use-entity-resolver2", true);
        return reader;
    }

    /** Package-private for the same reason as {@link #newReader()}. */
    static void bind(XMLReader reader, GuardedHandler guard) throws SAXException {
        reader.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
        reader.setProperty("http://xml.org/sax/properties/declaration-handler", guard);
        reader.setEntityResolver(guard);
        reader.setDTDHandler(guard);
        reader.setErrorHandler(guard);
        reader.setContentHandler(guard);
    }

    /**
     * {@code newDefaultInstance} rather than {@code newInstance}: the JDK's own parser, whatever another library on
     * the server's class path registers, so these settings mean what they say.
     */
    private static SAXParserFactory newFactory() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(XMLConstants.USE_CATALOG, false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            // Kept on for the bundled DTDs' %NCCommon; include; every such load goes through GuardedHandler.
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("JDK SAX parser lacks a required security feature", e);
        }
        return factory;
    }

    private XmlFormatException tooLarge(int size, String unit) {
        return new XmlFormatException(
                XmlFormatException.TOO_LARGE,
                "message body of " + size + " " + unit + " exceeds the limit of " + limits.maxMessageSize() + " "
                        + unit);
    }

    private static final class MessagesHolder {
        static final SafeXmlParser INSTANCE = new SafeXmlParser(DtdCatalog.messages(), XmlLimits.defaults());
    }
}
