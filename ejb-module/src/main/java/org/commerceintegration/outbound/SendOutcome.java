package org.commerceintegration.outbound;

/**
 * What one attempt to send a stored row came to.
 */
public enum SendOutcome {
    /** Sent: the JMS message and the deletion of the row committed together. */
    SENT,
    /** No such row (any more): it was sent, or deleted by an operator. */
    ALREADY_SENT,
    /** The row is not due: its next attempt lies ahead, or its automatic retries are used up. */
    NOT_DUE,
    /** Another transaction (this server or another sharing the database) claimed the row first; it sends it. */
    CLAIMED_ELSEWHERE,
    /** The send failed; the row stays, with the attempt and the error recorded. */
    FAILED
}
