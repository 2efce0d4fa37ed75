package org.commerceintegration.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.statistics.QueueStatistics;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the error queue holds more than {@code commerce.health.errorQueueThreshold} messages (server
 * variable, default 1000): so many failures mean something upstream is broken, and a load balancer or orchestrator
 * should notice before operators drown. The threshold is read at every call, so a changed variable applies at once;
 * the depth is the monitoring sampler's last reading ({@code commerce.monitoring.sampleSeconds}), -1 before the
 * first.
 */
@Readiness
@ApplicationScoped
public class ErrorQueueReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ErrorQueueReadinessCheck.class.getName());

    static final String THRESHOLD = "commerce.health.errorQueueThreshold";
    static final long DEFAULT_THRESHOLD = 1000;

    @EJB
    private QueueStatistics statistics;

    @Inject
    private ManagedQueues queues;

    @Inject
    private Config config;

    @Override
    public HealthCheckResponse call() {
        long threshold = config.getOptionalValue(THRESHOLD, Long.class).orElse(DEFAULT_THRESHOLD);
        String queue = queues.errorQueue().name();
        long depth;
        try {
            // The sampler's last reading: this check is open to anyone, and a live count may browse thousands.
            depth = statistics.sampledDepth(queue);
        } catch (RuntimeException e) {
            // The answer is public: the cause goes to the log only.
            LOG.log(Level.WARNING, "Readiness: the error queue's depth is not available", e);
            return HealthCheckResponse.named("error-queue")
                    .down()
                    .withData("error", "unavailable (see the server log)")
                    .build();
        }
        return HealthCheckResponse.named("error-queue")
                .status(ErrorQueueThreshold.ready(depth, threshold))
                .withData("queue", queue)
                .withData("depth", depth)
                .withData("threshold", threshold)
                .build();
    }
}
