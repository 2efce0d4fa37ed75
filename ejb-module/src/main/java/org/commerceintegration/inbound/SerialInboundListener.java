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
 * Listens on {@code JMSSerialInboundQueue}: one message at a time, in arrival order, for messages that depend on
 * each other. Its activation spec allows one concurrent consumer; the queue itself is exclusive (see README,
 * "Serial queue"), so a second server sharing it does not consume in parallel.
 */
@MessageDriven(name = "SerialInboundListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class SerialInboundListener implements MessageListener {

    @Inject
    private InboundDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "queue.serialInbound.name", defaultValue = "JMSSerialInboundQueue")
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
