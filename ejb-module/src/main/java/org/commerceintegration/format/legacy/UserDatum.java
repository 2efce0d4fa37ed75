package org.commerceintegration.format.legacy;

import java.util.Objects;

/**
 * One {@code DATUSR} record: a name (at most 8 characters, blanks removed) and a value of any length, kept exactly
 * as carried, because its length is explicit in the buffer and blanks may be meaningful.
 *
 * @param name  the {@code NC_FieldName}
 * @param value the {@code NC_FieldValue}
 */
public record UserDatum(String name, String value) {

    public UserDatum {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
