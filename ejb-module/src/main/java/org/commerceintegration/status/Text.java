package org.commerceintegration.status;

/**
 * Comparing text read from {@code CHAR(n)} columns, which the database returns blank-padded to n characters.
 */
final class Text {

    private Text() {}

    /** The value without the column's blank padding; {@code null} stays {@code null}. */
    static String stripTrailing(String value) {
        return value == null ? null : value.stripTrailing();
    }

    /** Whether a stored value is absent or only padding. */
    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
