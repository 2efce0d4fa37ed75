package org.commerceintegration.format;

import jakarta.ejb.ApplicationException;

/**
 * An inbound message could not be read: wrong structure, field, width, date or number, or forbidden content.
 * Never transient: redelivering the same bytes fails the same way, so the message goes to the error queue at once.
 * The message names where the problem is (record, field and offset for legacy buffers; line and column for XML).
 */
@ApplicationException(rollback = true)
public class MessageFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonCode;

    public MessageFormatException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public MessageFormatException(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    /** A short stable code for operators and metrics, e.g. {@code LEGACY_FIELD}, {@code XML_INVALID}. */
    public String reasonCode() {
        return reasonCode;
    }
}
