package org.commerceintegration.monitoring.browse;

/**
 * Message selectors built from operator input. A message id goes into a string literal, so it is checked and its
 * quotes doubled: an id can never widen the selector to other messages.
 */
public final class MessageSelectors {

    static final int MAX_ID_LENGTH = 256;

    private MessageSelectors() {}

    /** {@code JMSMessageID = '<id>'}. @throws InvalidOperationException for an empty, overlong or control-laden id */
    public static String byMessageId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidOperationException("A message id must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw new InvalidOperationException("A message id may not contain control characters");
            }
        }
        return "JMSMessageID = '" + id.replace("'", "''") + "'";
    }
}
