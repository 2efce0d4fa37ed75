package org.commerceintegration.outbound;

/**
 * The result of one attempt to send a stored row.
 *
 * @param messageId {@code MSGSTORE.MSGID}
 * @param outcome   what happened
 * @param error     why the send failed, or {@code null}
 */
public record SendAttempt(long messageId, SendOutcome outcome, String error) {}
