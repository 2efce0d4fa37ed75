package org.commerceintegration.inbound;

import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * What both inbound listeners do: hand the message to the dispatcher, and roll the receive back when the
 * dispatcher asks for a redelivery. The subclasses only say which queue they listen on.
 */
public abstract class InboundListener implements MessageListener {

    @Inject
    private InboundDispatcher dispatcher;

    @Resource
    private MessageDrivenContext context;

    /** The queue's configured name, for the processing record and the error queue. */
    protected abstract String queueName();

    @Override
    public void onMessage(Message message) {
        if (dispatcher.dispatch(message, queueName()) == InboundDispatcher.Disposition.REDELIVER) {
            context.setRollbackOnly();
        }
    }
}
