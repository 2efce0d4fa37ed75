package org.commerceintegration.format.xml;

/**
 * The message's root element (and version) has no bundled DTD, so it cannot be validated and is refused before any
 * DTD is looked for elsewhere. A mapper turns this into its own "no command" outcome; the parser does not know about
 * commands.
 */
public class UnknownDocumentTypeException extends XmlFormatException {

    private static final long serialVersionUID = 1L;

    private final String rootElement;
    private final String version;

    public UnknownDocumentTypeException(String rootElement, String version, String problem, int line, int column) {
        super(UNKNOWN_TYPE, problem, line, column);
        this.rootElement = rootElement;
        this.version = version;
    }

    /** The root element name as it appeared, or {@code null} when the message has none. */
    public String rootElement() {
        return rootElement;
    }

    /** The root's {@code version} attribute as it appeared, or {@code null} when absent. */
    public String version() {
        return version;
    }
}
