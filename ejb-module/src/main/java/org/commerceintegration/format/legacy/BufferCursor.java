package org.commerceintegration.format.legacy;

/**
 * A position in a legacy buffer that only moves forward, so reading is linear in the buffer length whatever the
 * input. Knows the framing rules that apply between records: whitespace may separate tags, never data.
 */
final class BufferCursor {

    private final String buffer;
    private int pos;

    BufferCursor(String buffer, int pos) {
        this.buffer = buffer;
        this.pos = pos;
    }

    String buffer() {
        return buffer;
    }

    int pos() {
        return pos;
    }

    void moveTo(int newPos) {
        if (newPos < pos) {
            throw new IllegalStateException("cursor may not move back");
        }
        pos = newPos;
    }

    boolean atEnd() {
        return pos >= buffer.length();
    }

    /** Skips CR, LF, tab and space: tolerated between records (G-5), never inside a data segment. */
    void skipWhitespace() {
        pos = skipWhitespace(buffer, pos);
    }

    static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\r' && c != '\n' && c != '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Position of the first thing shaped like a legacy tag ({@code <XXXXXX>} or {@code </XXXXXX>}, six capitals or
     * digits, as every tag of the format is) in {@code [from, to)}, or -1.
     */
    static int findTag(String s, int from, int to) {
        for (int i = s.indexOf('<', from); i >= 0 && i < to; i = s.indexOf('<', i + 1)) {
            int name = i + 1 < to && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
            if (name + 7 > to || s.charAt(name + 6) != '>') {
                continue;
            }
            boolean shaped = true;
            for (int k = name; k < name + 6 && shaped; k++) {
                char c = s.charAt(k);
                shaped = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            }
            if (shaped) {
                return i;
            }
        }
        return -1;
    }

    boolean at(String tag) {
        return buffer.startsWith(tag, pos);
    }

    /** Consumes a literal tag, or fails with Commerce's "Tag: X is missing". */
    void expect(String tag) {
        if (!at(tag)) {
            throw LegacyFormatException.missingTag(tag, buffer, pos);
        }
        pos += tag.length();
    }
}
