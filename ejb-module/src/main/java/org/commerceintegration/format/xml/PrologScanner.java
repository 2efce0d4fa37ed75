package org.commerceintegration.format.xml;

/**
 * Reads just enough of a message's prolog to choose its DTD before the validating parse starts: the DOCTYPE (name,
 * system identifier, whether it has an internal subset), the root element's name and its {@code version} attribute.
 *
 * <p>Why not let the SAX parser tell us: the DTD must be chosen when the parser asks for it, which is before it has
 * read the root's attributes, and the JDK parser never asks at all for an XML 1.0 document without a DOCTYPE. This
 * scan stops at the root start tag, so it costs a few hundred characters per message.
 *
 * <p>It never throws: anything it does not understand yields an incomplete result, and the validating parse then
 * reports the real error with its position. It is not an XML parser and decides nothing about validity.
 */
final class PrologScanner {

    /**
     * What the prolog says.
     *
     * @param declarationEnd   index just after the XML declaration, 0 when there is none
     * @param doctypeAt        index of {@code <!DOCTYPE}, or -1
     * @param doctypeName      the DOCTYPE's root name, or {@code null}
     * @param doctypeSystemId  the DOCTYPE's system identifier literal, or {@code null}
     * @param internalSubsetAt index of the internal subset's {@code [}, or -1
     * @param rootName         the root element name, or {@code null} when the scan could not get that far
     * @param version          the root's {@code version} attribute value, or {@code null} when absent
     */
    record Prolog(
            int declarationEnd,
            int doctypeAt,
            String doctypeName,
            String doctypeSystemId,
            int internalSubsetAt,
            String rootName,
            String version) {

        boolean hasDoctype() {
            return doctypeAt >= 0;
        }

        boolean complete() {
            return rootName != null;
        }
    }

    private final CharSequence text;
    private int pos;

    private int declarationEnd;
    private int doctypeAt = -1;
    private String doctypeName;
    private String doctypeSystemId;
    private int internalSubsetAt = -1;

    private PrologScanner(CharSequence text) {
        this.text = text;
    }

    static Prolog scan(CharSequence text) {
        return new PrologScanner(text).run();
    }

    private Prolog run() {
        if (startsWith("<?xml") && pos + 5 < text.length() && isSpace(text.charAt(pos + 5))) {
            int end = indexOf("?>", pos);
            if (end < 0) {
                return incomplete();
            }
            pos = end + 2;
            declarationEnd = pos;
        }
        while (true) {
            skipSpaces();
            if (startsWith("<!--")) {
                if (!skipPast("<!--", "-->")) {
                    return incomplete();
                }
            } else if (startsWith("<?")) {
                if (!skipPast("<?", "?>")) {
                    return incomplete();
                }
            } else if (startsWith("<!DOCTYPE")) {
                if (doctypeAt >= 0 || !doctype()) {
                    return incomplete();
                }
                if (internalSubsetAt >= 0) {
                    // The caller refuses internal subsets outright, so there is no need to skip over one.
                    return incomplete();
                }
            } else if (pos < text.length() && text.charAt(pos) == '<') {
                return rootStartTag();
            } else {
                return incomplete();
            }
        }
    }

    private boolean doctype() {
        doctypeAt = pos;
        pos += "<!DOCTYPE".length();
        if (!skipSpaces()) {
            return false;
        }
        doctypeName = name();
        if (doctypeName == null) {
            return false;
        }
        boolean spaced = skipSpaces();
        if (spaced && startsWith("SYSTEM")) {
            pos += "SYSTEM".length();
            doctypeSystemId = spaced() ? quoted() : null;
            if (doctypeSystemId == null) {
                return false;
            }
        } else if (spaced && startsWith("PUBLIC")) {
            pos += "PUBLIC".length();
            if (!spaced() || quoted() == null || !spaced()) {
                return false;
            }
            doctypeSystemId = quoted();
            if (doctypeSystemId == null) {
                return false;
            }
        }
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '[') {
            internalSubsetAt = pos;
            return true;
        }
        if (pos < text.length() && text.charAt(pos) == '>') {
            pos++;
            return true;
        }
        return false;
    }

    private Prolog rootStartTag() {
        pos++;
        String root = name();
        if (root == null) {
            return incomplete();
        }
        String version = null;
        while (true) {
            boolean spaced = skipSpaces();
            if (startsWith(">") || startsWith("/>")) {
                return new Prolog(
                        declarationEnd, doctypeAt, doctypeName, doctypeSystemId, internalSubsetAt, root, version);
            }
            String attribute = spaced ? name() : null;
            if (attribute == null) {
                return incomplete();
            }
            skipSpaces();
            if (!startsWith("=")) {
                return incomplete();
            }
            pos++;
            skipSpaces();
            String raw = quoted();
            if (raw == null) {
                return incomplete();
            }
            if (attribute.equals("version")) {
                version = unescape(raw);
                if (version == null) {
                    return incomplete();
                }
            }
        }
    }

    /** Character and predefined references only; anything else could only come from a DTD and is refused later. */
    private static String unescape(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw.indexOf('<') < 0 ? raw : null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '&') {
                out.append(c);
                continue;
            }
            int semi = raw.indexOf(';', i);
            if (semi < 0) {
                return null;
            }
            String ref = raw.substring(i + 1, semi);
            switch (ref) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    try {
                        if (ref.startsWith("#x")) {
                            out.appendCodePoint(Integer.parseInt(ref.substring(2), 16));
                        } else if (ref.startsWith("#")) {
                            out.appendCodePoint(Integer.parseInt(ref.substring(1)));
                        } else {
                            return null;
                        }
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            i = semi;
        }
        return out.toString();
    }

    private Prolog incomplete() {
        return new Prolog(declarationEnd, doctypeAt, doctypeName, doctypeSystemId, internalSubsetAt, null, null);
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && !isNameEnd(text.charAt(pos))) {
            pos++;
        }
        return pos > start ? text.subSequence(start, pos).toString() : null;
    }

    private String quoted() {
        if (pos >= text.length()) {
            return null;
        }
        char quote = text.charAt(pos);
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int end = indexOf(String.valueOf(quote), pos + 1);
        if (end < 0) {
            return null;
        }
        String value = text.subSequence(pos + 1, end).toString();
        pos = end + 1;
        return value;
    }

    private boolean spaced() {
        return skipSpaces();
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < text.length() && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private boolean skipPast(String opener, String terminator) {
        int end = indexOf(terminator, pos + opener.length());
        if (end < 0) {
            return false;
        }
        pos = end + terminator.length();
        return true;
    }

    private boolean startsWith(String prefix) {
        if (pos + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(pos + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String needle, int from) {
        int last = text.length() - needle.length();
        for (int i = from; i <= last; i++) {
            int j = 0;
            while (j < needle.length() && text.charAt(i + j) == needle.charAt(j)) {
                j++;
            }
            if (j == needle.length()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isNameEnd(char c) {
        return isSpace(c)
                || c == '>'
                || c == '/'
                || c == '='
                || c == '<'
                || c == '['
                || c == ']'
                || c == '"'
                || c == '\'';
    }
}
