package org.commerceintegration.format.xml;

/** 1-based line and column of an index in text, counted the way the SAX locator counts (LF, CR or CRLF end a line). */
final class TextPosition {

    private TextPosition() {}

    static int[] lineAndColumn(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
