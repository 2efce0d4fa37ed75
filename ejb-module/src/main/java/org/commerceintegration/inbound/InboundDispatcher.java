package org.commerceintegration.inbound;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.reference.OrderReference;
import org.commerceintegration.monitoring.listener.OutagePause;
import org.commerceintegration.tracing.MessageTracing;
import org.commerceintegration.tracing.TracedStep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The inbound path behind both listeners: decode, map, apply; on failure decide between the error queue and a
 * redelivery. Runs in the listener's transaction (the receive); the command runs in one of its own.
 *
 * <p>Failures are final or transient ({@link Failure}). A final failure puts the original bytes on the error queue
 * in the listener's transaction and consumes the message. A transient one asks for a rollback, so the provider
 * redelivers the message, until {@code JMSXDeliveryCount} reaches {@code commerce.inbound.maxDeliveries}
 * (default 5): then it too goes to the error queue. The bound is the application's own, because a provider may
 * redeliver forever (IBM MQ without a backout threshold). A transient failure while the database is away is not the
 * message's fault: the listener holds it until the database answers ({@link OutagePause}), then it is redelivered
 * whatever its count.
 */
@ApplicationScoped
public class InboundDispatcher {

    /** What the listener must do with its transaction. */
    public enum Disposition {
        /** Commit: the message was applied, was a duplicate, or is on the error queue. */
        CONSUME,
        /** Roll back, so that the provider redelivers it. */
        REDELIVER
    }

    private static final Logger LOG = Logger.getLogger(InboundDispatcher.class.getName());

    @Inject
    private MapperChain mappers;

    @EJB
    private MessageProcessor processor;

    @Inject
    private ErrorQueue errorQueue;

    @EJB
    private OutagePause outagePause;

    @Inject
    private MessageTracing tracing;

    /** Tells monitoring how each message ended (see {@link InboundOutcome}). */
    @Inject
    private Event<InboundOutcome> outcomes;

    @Inject
    @ConfigProperty(name = "commerce.inbound.maxDeliveries", defaultValue = "5")
    private int maxDeliveries;

    @Inject
    private MessageDecoder decoder;

    private final OrderReference orders = new OrderReference(LayoutCatalog.load());

    public Disposition dispatch(Message jmsMessage, String sourceQueue) {
        long start = System.nanoTime();
        LocalDateTime received = LocalDateTime.now();
        InboundMessage message;
        try {
            message = JmsMessages.read(jmsMessage, sourceQueue);
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Cannot read a message from " + sourceQueue + "; it will be redelivered", e);
            return Disposition.REDELIVER;
        }
        // The message's span (the child of its traceparent) is current through the steps below and the records.
        try (TracedStep receive =
                tracing.receive(message.properties(), sourceQueue, message.messageId(), message.body().length)) {
            return dispatch(message, sourceQueue, received, start, receive);
        }
    }

    private Disposition dispatch(
            InboundMessage message, String sourceQueue, LocalDateTime received, long start, TracedStep receive) {
        List<CommandInvocation> invocations = null;
        String decoded = null;
        try {
            decoded = decoder.decode(message);
            invocations = mappers.map(decoded, message.text() ? null : decoder.charsetOf(message));
            if (apply(message, invocations, received, start)) {
                outcomes.fire(InboundOutcome.processed(message, invocations.get(0), start));
            } else {
                LOG.info(() -> "Message " + message.messageId() + " from " + sourceQueue + " (delivery "
                        + message.deliveryCount() + ") was already applied; consumed without applying it again");
                outcomes.fire(InboundOutcome.duplicate(message, invocations.get(0), start));
            }
            return Disposition.CONSUME;
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            receive.failed(failure.code(), failure.reason());
            if (failure.retryable()) {
                if (failure.mayBeDatabaseOutage() && outagePause.databaseAway(sourceQueue)) {
                    LOG.warning("Message " + message.messageId() + " from " + sourceQueue + " failed while the"
                            + " database is away; held until it answers, then redelivered: " + failure.reason());
                    outagePause.awaitDatabase();
                    return Disposition.REDELIVER;
                }
                if (message.deliveryCount() < maxDeliveries) {
                    LOG.log(
                            Level.WARNING,
                            "Message " + message.messageId() + " from " + sourceQueue + " failed (delivery "
                                    + message.deliveryCount() + " of " + maxDeliveries + "), will be redelivered: "
                                    + failure.reason());
                    return Disposition.REDELIVER;
                }
                failure = failure.givenUpAfter(message.deliveryCount());
                receive.failed(failure.code(), failure.reason());
            }
            toErrorQueue(
                    message, failingInvocation(e, invocations), withOrderOfBody(decoded, failure), received, start);
            return Disposition.CONSUME;
        }
    }

    /** The command's transaction, traced as the database's share of the message's work (commit included). */
    private boolean apply(
            InboundMessage message, List<CommandInvocation> invocations, LocalDateTime received, long start) {
        try (TracedStep transaction = tracing.transaction("command transaction")) {
            try {
                return processor.apply(message, invocations, received, start);
            } catch (RuntimeException e) {
                transaction.failed(e);
                throw e;
            }
        }
    }

    /**
     * The block the failure concerns: the failing one of a message with several, so that the record's type and order
     * are that block's (its order is the one {@link Failure#ordersId()} names); {@code null} before mapping.
     */
    private static CommandInvocation failingInvocation(RuntimeException error, List<CommandInvocation> invocations) {
        if (invocations == null || invocations.isEmpty()) {
            return null;
        }
        if (error instanceof BlockFailedException e && e.index() <= invocations.size()) {
            return invocations.get(e.index() - 1);
        }
        return invocations.get(0);
    }

    /**
     * A failure that names no order (most often the message failed before it was mapped) with the order its decoded
     * body names as far as it can be read (none when the bytes did not decode), so that its record is found by order:
     * the first question asked about a message is what happened to the one for order X. Best effort: nothing here may
     * keep the message off the error queue.
     */
    private Failure withOrderOfBody(String decoded, Failure failure) {
        if (failure.ordersId() != null || decoded == null) {
            return failure;
        }
        try {
            return failure.concerning(orders.ordersIdIn(decoded));
        } catch (RuntimeException e) {
            return failure;
        }
    }

    private void toErrorQueue(
            InboundMessage message, CommandInvocation invocation, Failure failure, LocalDateTime received, long start) {
        LOG.warning(() -> "Message " + message.messageId() + " from " + message.sourceQueue()
                + " goes to the error queue: " + failure.code() + " " + failure.reason());
        String errorMessageId = errorQueue.send(message, failure);
        try (TracedStep transaction = tracing.transaction("failure record transaction")) {
            processor.recordFailure(message, invocation, failure, errorMessageId, received, start);
        }
        outcomes.fire(InboundOutcome.failed(message, invocation, failure, start));
    }
}
