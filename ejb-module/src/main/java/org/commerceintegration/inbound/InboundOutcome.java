package org.commerceintegration.inbound;

import java.time.Instant;
import org.commerceintegration.command.CommandInvocation;

/**
 * What happened to one inbound message, fired as a CDI event by {@link InboundDispatcher} once it is decided, so that
 * monitoring (throughput, last error, metrics) can count it without the inbound path knowing about monitoring.
 * Observers that must count only committed outcomes observe it {@code during = AFTER_SUCCESS}: the listener's
 * transaction may still roll back after the event is fired.
 *
 * @param queue         the queue the message came from, by its configured name
 * @param messageId     the message's {@code JMSMessageID}: the same for every delivery of one message
 * @param messageType   what the message was recognised as (e.g. {@code OS 02}), or {@value #UNKNOWN_TYPE} when it
 *                      failed before it was recognised
 * @param kind          applied now, recognised as a redelivery of a message already applied, or sent to the error
 *                      queue
 * @param reasonCode    the failure's reason code, or null unless failed
 * @param reason        the failure's reason, or null unless failed
 * @param durationNanos time from receipt to the decision
 * @param at            when it was decided
 */
public record InboundOutcome(
        String queue,
        String messageId,
        String messageType,
        Kind kind,
        String reasonCode,
        String reason,
        long durationNanos,
        Instant at) {

    /** How a message ended. */
    public enum Kind {
        /** Applied now: counted as processed. */
        PROCESSED,
        /**
         * A redelivery of a message whose effect was already committed (same JMS message id): consumed without applying
         * it again, and not counted, because its first delivery was.
         */
        DUPLICATE,
        /** Sent to the error queue. */
        FAILED
    }

    /** Message type of a message no mapper recognised. */
    public static final String UNKNOWN_TYPE = "unknown";

    static InboundOutcome processed(InboundMessage message, CommandInvocation invocation, long startNanos) {
        return applied(message, invocation, startNanos, Kind.PROCESSED);
    }

    static InboundOutcome duplicate(InboundMessage message, CommandInvocation invocation, long startNanos) {
        return applied(message, invocation, startNanos, Kind.DUPLICATE);
    }

    /** An outcome without a failure: the message's command ran, or had already run. */
    private static InboundOutcome applied(
            InboundMessage message, CommandInvocation invocation, long startNanos, Kind kind) {
        return new InboundOutcome(
                message.sourceQueue(),
                message.messageId(),
                typeOf(invocation),
                kind,
                null,
                null,
                System.nanoTime() - startNanos,
                Instant.now());
    }

    static InboundOutcome failed(
            InboundMessage message, CommandInvocation invocation, Failure failure, long startNanos) {
        return new InboundOutcome(
                message.sourceQueue(),
                message.messageId(),
                typeOf(invocation),
                Kind.FAILED,
                failure.code(),
                failure.reason(),
                System.nanoTime() - startNanos,
                Instant.now());
    }

    /** Whether the message was applied now (not a duplicate, not failed). */
    public boolean processed() {
        return kind == Kind.PROCESSED;
    }

    private static String typeOf(CommandInvocation invocation) {
        return invocation == null ? UNKNOWN_TYPE : invocation.messageType();
    }
}
