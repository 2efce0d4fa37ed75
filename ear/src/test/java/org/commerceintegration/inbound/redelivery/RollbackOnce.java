package org.commerceintegration.inbound.redelivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.commerceintegration.inbound.InboundOutcome;

/**
 * Once armed for a queue, marks the listener's transaction of the next message applied from that queue
 * rollback-only. The outcome event is fired in the listener's transaction after the command committed in its own,
 * so the status change and the processing record stay while the receive is undone: the provider redelivers a
 * message that was already applied, exactly the case a crash between the two commits leaves behind.
 *
 * <p>Every outcome seen is kept (with its message id), so a test can tell the first delivery from the redelivery.
 * State is static because the test module reaches this class through the EAR's shared library class loader.
 */
@ApplicationScoped
public class RollbackOnce {

    private static final AtomicReference<String> ARMED_QUEUE = new AtomicReference<>();
    private static final AtomicReference<String> ROLLED_BACK = new AtomicReference<>();
    private static final List<InboundOutcome> SEEN = new CopyOnWriteArrayList<>();

    /** Rolls back the listener's transaction of the next message applied from {@code queueName}, once. */
    public static void arm(String queueName) {
        ROLLED_BACK.set(null);
        SEEN.clear();
        ARMED_QUEUE.set(queueName);
    }

    /** Forgets an arming that found no message. */
    public static void disarm() {
        ARMED_QUEUE.set(null);
    }

    /** The message id whose first delivery was rolled back, or {@code null} while none was. */
    public static String rolledBack() {
        return ROLLED_BACK.get();
    }

    /** The outcomes seen for one message id since arming, in order: one per delivery. */
    public static List<InboundOutcome> outcomesOf(String messageId) {
        return SEEN.stream().filter(o -> messageId.equals(o.messageId())).toList();
    }

    void observe(@Observes InboundOutcome outcome) {
        SEEN.add(outcome);
        if (outcome.kind() == InboundOutcome.Kind.PROCESSED && takeArming(outcome.queue())) {
            ROLLED_BACK.set(outcome.messageId());
            registry().setRollbackOnly();
        }
    }

    /** Whether arming was for this queue; disarms then, so that only one delivery is rolled back. */
    private static synchronized boolean takeArming(String queue) {
        if (queue.equals(ARMED_QUEUE.get())) {
            ARMED_QUEUE.set(null);
            return true;
        }
        return false;
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
