package org.commerceintegration.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.statistics.QueueStatistics;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a message has waited on an inbound queue longer than {@code commerce.inbound.maxMessageAgeSeconds}
 * (server variable, default 300; 0 switches the check off): a listener that is stopped, paused and forgotten, or stuck
 * leaves its queue's oldest message ageing while the depth may stay small, which a depth threshold never notices. The
 * answer names each queue over the limit and its age. The limit is read at every call, so a changed variable applies
 * at once; the age comes from the monitoring sampler's last look at the queue's head
 * ({@code commerce.monitoring.sampleSeconds}), so this check never makes the server browse a queue.
 */
@Readiness
@ApplicationScoped
public class InboundMessageAgeReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(InboundMessageAgeReadinessCheck.class.getName());

    @EJB
    private QueueStatistics statistics;

    @Inject
    private ManagedQueues queues;

    @Override
    public HealthCheckResponse call() {
        long limit = statistics.inboundMaxMessageAgeSeconds();
        HealthCheckResponseBuilder answer =
                HealthCheckResponse.named("inbound-message-age").withData("limitSeconds", limit);
        boolean ready = true;
        for (ManagedQueue queue : queues.all()) {
            if (!queue.role().inbound()) {
                continue;
            }
            long age;
            try {
                age = statistics.oldestMessageAgeSeconds(queue.name());
            } catch (RuntimeException e) {
                // The answer is public: the cause goes to the log only.
                LOG.log(Level.WARNING, "Readiness: the message age of " + queue.name() + " is not available", e);
                return answer.down()
                        .withData("error", "unavailable (see the server log)")
                        .build();
            }
            answer.withData(queue.name(), age);
            if (!MessageAgeLimit.ready(age, limit)) {
                ready = false;
                answer.withData(
                        "tooOld", queue.name() + ": oldest message waiting " + age + " s, limit " + limit + " s");
            }
        }
        return answer.status(ready).build();
    }
}
