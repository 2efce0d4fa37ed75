package org.commerceintegration.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(MessagingReadinessCheck.class.getName());

    private static final String CONNECTION_FACTORY = "jms/JMSQueueConnectionFactory";

    @Resource(lookup = CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/JMSErrorQueue")
    private Queue errorQueue;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createBrowser(errorQueue).close();
            return HealthCheckResponse.named("messaging").up().build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            // The answer is public: the cause goes to the log only.
            LOG.log(Level.WARNING, "Readiness: the messaging provider does not answer", e);
            // Names the resource, whichever provider the server configures behind it (the broker, the queue manager).
            return HealthCheckResponse.named("messaging")
                    .down()
                    .withData("connectionFactory", CONNECTION_FACTORY)
                    .withData("error", "the messaging provider does not answer (see the server log)")
                    .build();
        }
    }
}
