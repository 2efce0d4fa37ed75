package org.commerceintegration.inbound;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Listens on {@code JMSParallelInboundQueue}: several messages at once (activation spec concurrency, default 4),
 * in no particular order, for messages that do not depend on each other.
 */
@MessageDriven(
        name = "ParallelInboundListener",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class ParallelInboundListener extends InboundListener {

    @Inject
    @ConfigProperty(name = "queue.parallelInbound.name", defaultValue = "JMSParallelInboundQueue")
    private String queueName;

    @Override
    protected String queueName() {
        return queueName;
    }
}
