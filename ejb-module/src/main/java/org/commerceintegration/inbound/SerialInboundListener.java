package org.commerceintegration.inbound;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Listens on {@code JMSSerialInboundQueue}: one message at a time, in arrival order, for messages that depend on
 * each other. Its activation spec allows one concurrent consumer; the queue itself is exclusive (see README,
 * "Serial queue"), so a second server sharing it does not consume in parallel.
 */
@MessageDriven(
        name = "SerialInboundListener",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class SerialInboundListener extends InboundListener {

    @Inject
    @ConfigProperty(name = "queue.serialInbound.name", defaultValue = "JMSSerialInboundQueue")
    private String queueName;

    @Override
    protected String queueName() {
        return queueName;
    }
}
