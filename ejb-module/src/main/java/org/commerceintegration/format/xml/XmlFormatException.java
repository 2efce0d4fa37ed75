package org.commerceintegration.format.xml;

import org.commerceintegration.format.MessageFormatException;

/**
 * An XML message could not be accepted: not well-formed, not valid against its bundled DTD, forbidden content
 * (DOCTYPE internal subset, external entities), over a size or entity limit, undecodable bytes, or a field value the
 * mapper cannot convert. Carries where the problem is so an operator can find it in the message on the error queue.
 *
 * <p>Line and column are 1-based and refer to the message as received; they are {@code -1} when the problem has no
 * position (for example a body over the size limit).
 */
public class XmlFormatException extends MessageFormatException {

    private static final long serialVersionUID = 1L;

    /** Not well-formed XML (also: binary garbage that happens to start with {@code <}). */
    public static final String MALFORMED = "XML_MALFORMED";
    /** Well-formed but violates the bundled DTD. */
    public static final String INVALID = "XML_INVALID";
    /** DOCTYPE internal subset, entity declaration or external reference: refused, never resolved. */
    public static final String FORBIDDEN = "XML_FORBIDDEN";
    /** Body larger than the configured maximum. */
    public static final String TOO_LARGE = "XML_TOO_LARGE";
    /** A JDK parser limit (entity expansion, depth, attribute count, name length) was hit. */
    public static final String LIMIT = "XML_LIMIT";
    /** Bytes that are not valid in the message's character encoding. */
    public static final String ENCODING = "XML_ENCODING";
    /** Root element / version for which no DTD is bundled. */
    public static final String UNKNOWN_TYPE = "XML_UNKNOWN_TYPE";
    /** A value the template says must be a date or time is not one. */
    public static final String FIELD = "XML_FIELD";
    /** The same single-valued field twice in one scope (e.g. two {@code OrderNumber type="ByWCS"}). */
    public static final String DUPLICATE_FIELD = "XML_DUPLICATE_FIELD";
    /** Valid per DTD but outside what one command invocation can carry (e.g. several orders in one message). */
    public static final String UNSUPPORTED = "XML_UNSUPPORTED";

    private final String problem;
    private final int line;
    private final int column;

    public XmlFormatException(String reasonCode, String problem, int line, int column, Throwable cause) {
        super(reasonCode, describe(problem, line, column), cause);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public XmlFormatException(String reasonCode, String problem, int line, int column) {
        this(reasonCode, problem, line, column, null);
    }

    public XmlFormatException(String reasonCode, String problem) {
        this(reasonCode, problem, -1, -1, null);
    }

    /** The problem without the position prefix. */
    public String problem() {
        return problem;
    }

    /** 1-based line in the message, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column in the message, or -1. */
    public int column() {
        return column;
    }

    /**
     * The reason text without the reason code: the code travels beside it ({@code CI_ReasonCode}, the API's
     * {@code reasonCode}), and whoever shows both puts them together, so a code in here would be shown twice.
     */
    private static String describe(String problem, int line, int column) {
        if (line < 0) {
            return problem;
        }
        return "line " + line + ", column " + column + ": " + problem;
    }
}
