package org.commerceintegration.format.legacy;

/**
 * Blank handling of the fixed-width format: only the space character pads a field (spec §1.1), so only spaces are
 * stripped; tabs or line breaks inside a data segment are content.
 */
final class Blanks {

    private Blanks() {}

    static String strip(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && raw.charAt(from) == ' ') {
            from++;
        }
        while (to > from && raw.charAt(to - 1) == ' ') {
            to--;
        }
        return from == 0 && to == raw.length() ? raw : raw.substring(from, to);
    }

    static String stripTrailing(String raw) {
        int to = raw.length();
        while (to > 0 && raw.charAt(to - 1) == ' ') {
            to--;
        }
        return raw.substring(0, to);
    }

    static String pad(String text, int width) {
        if (text.length() >= width) {
            return text;
        }
        StringBuilder sb = new StringBuilder(width).append(text);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
