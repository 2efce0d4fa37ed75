package org.commerceintegration.inbound;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Listens on {@code JMSParallelInboundQueue}: several messages at once (activation spec concurrency, default 4),
 * in no particular order, for messages that do not depend on each other.
 */
@MessageDriven(name = "ParallelInboundListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class ParallelInboundListener implements MessageListener {

    @Inject
    private InboundDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "queue.parallelInbound.name", defaultValue = "JMSParallelInboundQueue")
    private String queueName;

    @Resource
    private MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        if (dispatcher.dispatch(message, queueName) == InboundDispatcher.Disposition.REDELIVER) {
            context.setRollbackOnly();
        }
    }
}
