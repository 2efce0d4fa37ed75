package org.commerceintegration.format.xml;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The per-parse SAX handler of {@link SafeXmlParser}: serves the chosen bundled DTD whatever the DOCTYPE names,
 * refuses every other external reference and every declaration made outside the bundled DTD, turns parser errors into
 * {@link XmlFormatException}s, and passes content events on to the caller's handler with positions as in the
 * received message.
 *
 * <p>One instance per parse; not thread-safe.
 */
final class GuardedHandler extends DefaultHandler2 {

    /** Scheme of the system identifiers we give bundled files; never resolvable by anyone else. */
    static final String BUNDLED = "bundled:/";

    private final DtdCatalog catalog;
    private final DtdCatalog.Entry dtd;
    private final ContentHandler delegate;
    private final Injection injection;

    private boolean inDtd;
    private boolean inExternalSubset;
    private boolean externalSubsetServed;
    private String doctypeSystemId;
    private Locator locator;
    private XmlFormatException failure;

    /**
     * Where {@link SafeXmlParser} inserted a DOCTYPE into a message that had none, so positions can be reported as in
     * the message received.
     */
    record Injection(int line, int column, int length) {
        static final Injection NONE = new Injection(-1, -1, 0);

        int column(int atLine, int atColumn) {
            if (atLine != line || atColumn <= column) {
                return atColumn;
            }
            return Math.max(column, atColumn - length);
        }
    }

    /** Carries our own verdict through the parser, which only lets SAXExceptions out. */
    static final class Abort extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient XmlFormatException failure;

        Abort(XmlFormatException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    GuardedHandler(DtdCatalog catalog, DtdCatalog.Entry dtd, ContentHandler delegate, Injection injection) {
        this.catalog = catalog;
        this.dtd = dtd;
        this.delegate = delegate;
        this.injection = injection;
    }

    /** The verdict recorded when a callback aborted the parse, if any. */
    XmlFormatException failure() {
        return failure;
    }

    // ---- DTD selection and entity refusal -------------------------------------------------------------------------

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        inDtd = true;
        doctypeSystemId = systemId;
    }

    @Override
    public void endDTD() {
        inDtd = false;
    }

    @Override
    public void startEntity(String name) {
        if ("[dtd]".equals(name)) {
            inExternalSubset = true;
        }
    }

    @Override
    public void endEntity(String name) {
        if ("[dtd]".equals(name)) {
            inExternalSubset = false;
        }
    }

    /**
     * The JDK passes {@code null} as the entity name, so requests are told apart by where they come from: a bundled
     * DTD may include bundled modules; the DOCTYPE's own reference gets the DTD chosen by root element and version;
     * anything else is refused without being opened.
     */
    @Override
    public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
            throws SAXException {
        if (baseURI != null && baseURI.startsWith(BUNDLED)) {
            String file = DtdCatalog.fileNameOf(systemId);
            if (catalog.contains(file)) {
                return bundled(file);
            }
            throw abort(XmlFormatException.FORBIDDEN, "bundled DTD refers to '" + systemId + "', which is not bundled");
        }
        if (inDtd && !inExternalSubset && !externalSubsetServed && Objects.equals(systemId, doctypeSystemId)) {
            externalSubsetServed = true;
            return dtd != null ? bundled(dtd.fileName()) : empty();
        }
        throw abort(
                XmlFormatException.FORBIDDEN,
                "external reference '" + systemId + "' is not allowed; nothing outside the bundled DTDs is read");
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
        return resolveEntity(null, publicId, null, systemId);
    }

    /** A DOCTYPE without a system identifier ({@code <!DOCTYPE Root>}) still gets the bundled DTD. */
    @Override
    public InputSource getExternalSubset(String name, String baseURI) {
        if (dtd == null || externalSubsetServed) {
            return null;
        }
        externalSubsetServed = true;
        return bundled(dtd.fileName());
    }

    @Override
    public void elementDecl(String name, String model) throws SAXException {
        refuseOutsideBundle("element type " + name);
    }

    @Override
    public void attributeDecl(String eName, String aName, String type, String mode, String value) throws SAXException {
        refuseOutsideBundle("attribute " + eName + "@" + aName);
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
        refuseOutsideBundle("entity " + name);
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        refuseOutsideBundle("external entity " + name + " (" + systemId + ")");
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) throws SAXException {
        refuseOutsideBundle("notation " + name);
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName)
            throws SAXException {
        refuseOutsideBundle("unparsed entity " + name);
    }

    /** Only reachable if an internal subset slipped past the prolog check; a second line of defence. */
    private void refuseOutsideBundle(String what) throws SAXException {
        if (!inExternalSubset) {
            throw abort(
                    XmlFormatException.FORBIDDEN,
                    "the DOCTYPE may not declare " + what + "; messages are validated against the bundled DTD only");
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        throw abort(XmlFormatException.FORBIDDEN, "entity reference &" + name + "; is not allowed");
    }

    // ---- errors --------------------------------------------------------------------------------------------------

    @Override
    public void warning(SAXParseException e) {
        // Warnings concern the DTD's own style (e.g. attributes for undeclared elements), not the message.
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw abort(XmlFormatException.INVALID, e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        String text = String.valueOf(e.getMessage());
        // The JDK's security limits are reported as fatal errors whose text starts with their JAXP code.
        throw abort(text.startsWith("JAXP") ? XmlFormatException.LIMIT : XmlFormatException.MALFORMED, e);
    }

    private Abort abort(String reason, SAXParseException e) {
        int line = e.getLineNumber();
        return abort(new XmlFormatException(
                reason, String.valueOf(e.getMessage()), line, injection.column(line, e.getColumnNumber()), e));
    }

    private Abort abort(String reason, String problem) {
        int line = locator != null ? locator.getLineNumber() : -1;
        int column = locator != null ? injection.column(line, locator.getColumnNumber()) : -1;
        return abort(new XmlFormatException(reason, problem, line, column));
    }

    private Abort abort(XmlFormatException e) {
        if (failure == null) {
            failure = e;
        }
        return new Abort(failure);
    }

    private InputSource bundled(String file) {
        InputSource source = new InputSource(new ByteArrayInputStream(catalog.bytes(file)));
        source.setSystemId(BUNDLED + file);
        return source;
    }

    /** Lets a message whose prolog we could not read run into its own well-formedness error with a position. */
    private static InputSource empty() {
        InputSource source = new InputSource(new ByteArrayInputStream(new byte[0]));
        source.setSystemId(BUNDLED + "none");
        return source;
    }

    // ---- content: passed on ---------------------------------------------------------------------------------------

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        delegate.setDocumentLocator(new Locator() {
            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }

            @Override
            public int getLineNumber() {
                return locator.getLineNumber();
            }

            @Override
            public int getColumnNumber() {
                return injection.column(locator.getLineNumber(), locator.getColumnNumber());
            }
        });
    }

    @Override
    public void startDocument() throws SAXException {
        delegate.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        delegate.endDocument();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        delegate.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        delegate.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        delegate.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        delegate.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        delegate.processingInstruction(target, data);
    }
}
