package org.commerceintegration.outbound.order;

import java.util.Objects;

/**
 * One name/value pair of user data, as an {@link OrderMessageExtension} contributed it.
 *
 * @param name  the name ({@code UserDataField@name}, {@code NC_FieldName})
 * @param value the value, never {@code null} (a {@code null} from an extension becomes empty)
 */
public record UserDataField(String name, String value) {

    public UserDataField {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }
}
