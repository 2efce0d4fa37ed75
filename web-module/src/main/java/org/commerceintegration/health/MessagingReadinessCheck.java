package org.commerceintegration.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the messaging provider answers: a connection opens and the error queue can be browsed.
 * Uses only standard JMS, so it holds for the embedded engine and for IBM MQ alike.
 */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    @Resource(lookup = "jms/JMSQueueConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/JMSErrorQueue")
    private Queue errorQueue;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createBrowser(errorQueue).close();
            return HealthCheckResponse.named("messaging").up().build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return HealthCheckResponse.named("messaging")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
