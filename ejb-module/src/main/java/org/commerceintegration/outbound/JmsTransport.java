package org.commerceintegration.outbound;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.commerceintegration.tracing.MessageTracing;
import org.commerceintegration.tracing.TracedStep;

/**
 * The JMS transport (Commerce {@code TRANSPORT_ID} 3): puts one stored row on its queue as a persistent
 * {@link BytesMessage} carrying the stored bytes unchanged, the correlation id and the {@code CI_*} properties.
 *
 * <p>Must be called inside a JTA transaction: the connection factory is container-managed, so the send is enlisted in
 * that transaction and becomes visible only if it commits, together with whatever the database did in it.
 */
@ApplicationScoped
public class JmsTransport {

    /** String property: the outbound message type, e.g. {@code OrderCreateXMLFormat}. */
    public static final String MESSAGE_TYPE_PROPERTY = "CI_MessageType";
    /** String property: {@code ORDERS_ID} of the order the message is about (absent otherwise). */
    public static final String ORDERS_ID_PROPERTY = "CI_OrdersId";
    /** String property: {@code STOREENT_ID} of the store. */
    public static final String STORE_ID_PROPERTY = "CI_StoreId";

    @Resource(lookup = "jms/JMSQueueConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Inject
    private OutboundSettings settings;

    @Inject
    private MessageTracing tracing;

    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

    /**
     * @return the sent message's id and queue, for the send's record
     * @throws JMSRuntimeException when the queue cannot be found or the provider refuses the message
     */
    public Transmission send(StoredMessage row) {
        Destination destination = destination(settings.queueJndi(row.getMessageType()));
        try (TracedStep send = tracing.send(row.getTraceContext(), queueNameOf(row), row.getMessageType())) {
            try {
                return send(row, destination, send);
            } catch (RuntimeException e) {
                send.failed(e);
                throw e;
            }
        }
    }

    private Transmission send(StoredMessage row, Destination destination, TracedStep send) {
        try (JMSContext context = connectionFactory.createContext()) {
            BytesMessage message = context.createBytesMessage();
            message.writeBytes(row.getMessage());
            message.setStringProperty(MESSAGE_TYPE_PROPERTY, row.getMessageType());
            if (row.getOrdersId() != null) {
                message.setStringProperty(ORDERS_ID_PROPERTY, String.valueOf(row.getOrdersId()));
            }
            message.setStringProperty(STORE_ID_PROPERTY, String.valueOf(row.getStoreId()));
            for (Map.Entry<String, String> property :
                    tracing.propagationProperties().entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            message.setJMSCorrelationID(row.getCorrelationId());
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(destination, message);
            send.attribute("messaging.message.id", message.getJMSMessageID())
                    .attribute("messaging.message.conversation_id", row.getCorrelationId());
            return new Transmission(message.getJMSMessageID(), queueName(destination, row));
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** The queue's name as the provider knows it, else its JNDI name. */
    String queueName(Destination destination, StoredMessage row) throws JMSException {
        return destination instanceof Queue queue && queue.getQueueName() != null
                ? queue.getQueueName()
                : settings.queueJndi(row.getMessageType());
    }

    /** The queue's name for a row (its send's span, or its record when it failed): the provider's name when the queue
     * resolves, else its JNDI name. */
    public String queueNameOf(StoredMessage row) {
        try {
            return queueName(destination(settings.queueJndi(row.getMessageType())), row);
        } catch (JMSException | JMSRuntimeException e) {
            return settings.queueJndi(row.getMessageType());
        }
    }

    private Destination destination(String jndiName) {
        Destination known = destinations.get(jndiName);
        if (known != null) {
            return known;
        }
        try {
            Destination found = (Destination) new InitialContext().lookup(jndiName);
            destinations.put(jndiName, found);
            return found;
        } catch (NamingException | ClassCastException e) {
            // Not cached: the administrator may define the queue while the row waits for its next retry.
            throw new JMSRuntimeException("Outbound queue '" + jndiName + "' cannot be looked up: " + e.getMessage());
        }
    }
}
