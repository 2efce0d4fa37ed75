package org.commerceintegration.monitoring.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.inbound.InboundOutcome;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.QueueActivity;
import org.commerceintegration.monitoring.QueueRole;
import org.commerceintegration.outbound.SendAttempt;
import org.commerceintegration.outbound.SendOutcome;

/**
 * Counts what happened to messages once it is committed: observers run after the listener's (or the operator's)
 * transaction succeeded, so a rolled-back attempt that will be redelivered is not counted twice. A failure here is
 * logged and never reaches the message's processing.
 */
@ApplicationScoped
public class ProcessingObserver {

    private static final Logger LOG = Logger.getLogger(ProcessingObserver.class.getName());

    @Inject
    private Throughput throughput;

    @Inject
    private ProcessingMetrics metrics;

    @Inject
    private ManagedQueues queues;

    void inbound(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundOutcome outcome) {
        if (outcome.kind() == InboundOutcome.Kind.DUPLICATE) {
            // Its first delivery was counted; counting the redelivery would count one message twice.
            return;
        }
        try {
            throughput.record(outcome.queue(), outcome.processed(), outcome.at());
            if (!outcome.processed()) {
                throughput.failed(outcome.queue(), new LastError(outcome.at(), outcome.reasonCode(), outcome.reason()));
                throughput.failed(
                        queues.errorQueue().name(),
                        new LastError(outcome.at(), outcome.reasonCode(), outcome.reason()));
            }
            metrics.inbound(
                    outcome.queue(),
                    outcome.messageType(),
                    outcome.processed(),
                    outcome.reasonCode(),
                    outcome.durationNanos());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot count an inbound outcome", e);
        }
    }

    /** An outbound send attempt (after its own transaction): sent, or refused and kept in MSGSTORE. */
    void outbound(@Observes(during = TransactionPhase.AFTER_SUCCESS) SendAttempt attempt) {
        if (attempt.outcome() == SendOutcome.SENT || attempt.outcome() == SendOutcome.FAILED) {
            activity(new QueueActivity(
                    queues.outbound().name(), attempt.outcome() == SendOutcome.SENT, null, Instant.now()));
        }
    }

    void activity(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueActivity activity) {
        try {
            throughput.record(activity.queue(), activity.processed(), activity.at());
            ManagedQueue queue = queues.find(activity.queue()).orElse(null);
            if (queue != null && queue.role() == QueueRole.ERROR) {
                metrics.errorQueueAction(activity.processed());
            } else if (queue != null && queue.role() == QueueRole.OUTBOUND) {
                metrics.outboundAttempt(activity.processed());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot count a queue activity", e);
        }
    }
}
