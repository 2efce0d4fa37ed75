package org.commerceintegration.monitoring.listener;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.audit.AuditLog;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;

/**
 * Pauses and resumes an inbound queue's listener on an operator's behalf, audited. The audit record is written
 * first: if the change then fails, the transaction rolls back and no record claims it happened. (The MBean call is
 * not transactional: if the audit insert fails at commit after a successful pause, the listener is paused without a
 * record, the rarer and safer of the two failures.)
 */
@Stateless
public class Listeners {

    @Inject
    private ManagedQueues queues;

    @Inject
    private ListenerControl control;

    @EJB
    private AuditLog audit;

    @EJB
    private OutagePause outagePause;

    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public ListenerStatus pause(String queueName) {
        return change(queueName, true);
    }

    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public ListenerStatus resume(String queueName) {
        return change(queueName, false);
    }

    /** The listener's state, or null when the queue has no listener. */
    public ListenerStatus status(ManagedQueue queue) {
        if (!queue.hasListener()) {
            return null;
        }
        ListenerStatus status = control.status(queue);
        return outagePause.current().isPresent() ? status.pausedByOutage() : status;
    }

    private ListenerStatus change(String queueName, boolean pause) {
        ManagedQueue queue = listened(queueName);
        ListenerStatus before = control.status(queue);
        audit.record(
                pause ? "listener.pause" : "listener.resume",
                queue.name(),
                before.state(),
                pause ? "PAUSED" : "ACTIVE");
        if (pause) {
            control.pause(queue);
        } else {
            control.resume(queue);
        }
        return control.status(queue);
    }

    private ManagedQueue listened(String queueName) {
        ManagedQueue queue = queues.require(queueName);
        if (!queue.hasListener()) {
            throw new NoListenerException(queue.name());
        }
        return queue;
    }
}
