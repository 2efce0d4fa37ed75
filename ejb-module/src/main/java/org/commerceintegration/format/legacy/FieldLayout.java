package org.commerceintegration.format.legacy;

/**
 * One field of a record layout, as declared in the layout file.
 *
 * @param name         the documented field name, e.g. {@code NC_OrderRefNumber}
 * @param offset       start inside the record's data segment (0-based)
 * @param width        width in characters, or {@link #VARIABLE} for the DATUSR value
 * @param kind         how the text converts to a value
 * @param target       inbound: the command parameter this field becomes; outbound: the {@code TABLE.COLUMN} it is
 *                     taken from; {@code null} when the spec names none
 * @param column       documentation: the column an inbound field finally lands in, or {@code null}
 * @param defaultValue text the message builder uses when the caller supplies no value, or {@code null}
 * @param assumption   {@code true} when the spec does not document the field ([INF]/[GAP]); see {@link #note()}
 * @param note         why the field is there when it is an assumption, or {@code null}
 */
public record FieldLayout(
        String name,
        int offset,
        int width,
        FieldKind kind,
        String target,
        String column,
        String defaultValue,
        boolean assumption,
        String note) {

    /** Width marker of a field whose length is carried by the field before it (DATUSR's value). */
    public static final int VARIABLE = -1;

    public boolean isVariable() {
        return width == VARIABLE;
    }

    /** First offset after this field; meaningless for a variable field. */
    public int end() {
        return offset + width;
    }
}
