package org.commerceintegration.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.commerceintegration.monitoring.listener.OutagePause;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the inbound listeners are paused because the database is away: the server takes no inbound
 * message until a probe finds the database again. A pause an operator made is deliberate and does not count.
 */
@Readiness
@ApplicationScoped
public class InboundListenersReadinessCheck implements HealthCheck {

    @EJB
    private OutagePause outagePause;

    @Override
    public HealthCheckResponse call() {
        Optional<OutagePause.Outage> outage = outagePause.current();
        if (outage.isEmpty()) {
            return HealthCheckResponse.named("inbound-listeners").up().build();
        }
        return HealthCheckResponse.named("inbound-listeners")
                .down()
                .withData("autoPaused", true)
                .withData("reason", "the database does not answer; the listeners resume when it does")
                .withData("since", outage.get().since().toString())
                .withData("queues", String.join(",", outage.get().pausedQueues()))
                .build();
    }
}
