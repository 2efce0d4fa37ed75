package org.commerceintegration.text;

/**
 * Makes outside text safe for a log line or a stored reason: a CR/LF or other control character in a message field
 * or a user name would otherwise start a forged log line or hide part of one. Control characters (C0, DEL, C1), line
 * and paragraph separators and lone surrogates are written as a backslash, {@code u} and four hex digits. Escaping is idempotent (escaped text
 * has nothing left to escape), so a reason built from an escaped reason stays readable. The one helper every path
 * uses, so that all logs read the same way.
 */
public final class LogText {

    private LogText() {}

    /** The text with every control character made visible; {@code null} stays {@code null}. */
    public static String escape(String text) {
        if (text == null || !needsEscaping(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (unsafe(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** As {@link #escape(String)}, cut to {@code max} characters of the original with "..." when longer. */
    public static String escape(String text, int max) {
        if (text == null || text.length() <= max) {
            return escape(text);
        }
        return escape(text.substring(0, max)) + "...";
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u0085'
                || Character.isSurrogate(c);
    }
}
