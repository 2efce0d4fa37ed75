package org.commerceintegration.testsupport;

import java.time.Duration;

/**
 * The processing records of inbound messages ({@code CI_INBOUND_MESSAGE}), as tests wait for them: a message's record
 * is written in the transaction that applies it or sends it to the error queue, so its presence means it is handled.
 */
public final class InboundRecords {

    /** Long enough for a message behind a full serial queue of test messages. */
    public static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(60);

    private InboundRecords() {}

    /** The message's {@code OUTCOME} once recorded, or {@code null} when none is within {@link #OUTCOME_TIMEOUT}. */
    public static Object awaitOutcome(String messageId) {
        return awaitOutcome(messageId, OUTCOME_TIMEOUT);
    }

    public static Object awaitOutcome(String messageId, Duration timeout) {
        return InServer.awaitValue(
                timeout, () -> Jdbc.queryValue("select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?", messageId));
    }
}
