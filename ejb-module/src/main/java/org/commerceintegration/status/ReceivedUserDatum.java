package org.commerceintegration.status;

/**
 * One user data pair of a status message ({@code DATUSR} record or {@code UserDataField} element), checked against
 * the columns of {@code CI_ORDER_USERDATA} where it will be kept.
 *
 * @param name  {@code FIELDNAME}, at most {@value #NAME_LENGTH} characters
 * @param value {@code FIELDVALUE}, at most {@value #VALUE_LENGTH} characters
 */
record ReceivedUserDatum(String name, String value) {

    static final int NAME_LENGTH = 254;
    static final int VALUE_LENGTH = 4000;

    /**
     * @param where {@code "header"} or {@code "item 2"}, for error messages
     * @throws OrderStatusException {@code _ERR_OS_INVALID_VALUE} for a blank or too long name, or a too long value
     */
    static ReceivedUserDatum of(String name, String value, String where) {
        if (name == null || name.isBlank()) {
            throw new OrderStatusException(StatusErrorKeys.INVALID_VALUE, where + " user data field without a name");
        }
        if (name.length() > NAME_LENGTH) {
            throw new OrderStatusException(
                    StatusErrorKeys.INVALID_VALUE,
                    where + " user data field name is "
                            + name.length() + " characters long, at most " + NAME_LENGTH + " are kept: '"
                            + ValueType.shown(name) + "'");
        }
        if (value != null && value.length() > VALUE_LENGTH) {
            throw new OrderStatusException(
                    StatusErrorKeys.INVALID_VALUE,
                    where + " user data field " + name + " is " + value.length() + " characters long, at most "
                            + VALUE_LENGTH + " are kept");
        }
        return new ReceivedUserDatum(name, value);
    }
}
