package org.commerceintegration.messages;

/** Where a found message is recorded. */
public enum MessageKind {
    /** A processing record of an inbound message ({@code CI_INBOUND_MESSAGE}). */
    INBOUND,
    /** A send attempt of an outbound message ({@code CI_OUTBOUND_MESSAGE}). */
    OUTBOUND,
    /** A message on the error queue that no processing record names (put there by other means). */
    ERROR_QUEUE
}
