package org.commerceintegration.inbound;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Puts a failed message on {@code JMSErrorQueue} as Commerce does: the original content, with
 * {@code JMSCorrelationID} set to the original {@code JMSMessageID}, plus the reason and where it came from.
 * The send joins the caller's transaction, so the failed message is consumed if and only if its copy is queued.
 */
@ApplicationScoped
public class ErrorQueue {

    /** Properties of an error-queue message (besides the original message's own properties). */
    public static final String REASON_CODE = "CI_ReasonCode";

    public static final String REASON = "CI_Reason";
    public static final String SOURCE_QUEUE = "CI_SourceQueue";
    public static final String FAILED_AT = "CI_FailedAt";
    public static final String DELIVERY_COUNT = "CI_DeliveryCount";
    public static final String ORIGINAL_MESSAGE_ID = "CI_OriginalMessageId";
    public static final String CHARSET = "CI_Charset";
    /**
     * Set by an operator's replay on the message put back on an inbound queue: the id of the error-queue message it
     * came from. Kept if the replayed message fails again, so the trail from failure to failure is not lost.
     */
    public static final String REPLAYED_FROM = "CI_ReplayedFrom";

    /** JMS properties are limited in practice; the full reason is also in CI_INBOUND_MESSAGE. */
    private static final int MAX_REASON = 2000;

    @Inject
    @JMSConnectionFactory("jms/JMSQueueConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/JMSErrorQueue")
    private Queue errorQueue;

    /** @return the copy's {@code JMSMessageID} on the error queue, so the processing record can point at it */
    public String send(InboundMessage original, Failure failure) {
        try {
            Message copy = copyOf(original);
            for (Map.Entry<String, String> property : original.properties().entrySet()) {
                if (!property.getKey().startsWith("CI_") || property.getKey().equals(REPLAYED_FROM)) {
                    copy.setStringProperty(property.getKey(), property.getValue());
                }
            }
            copy.setJMSCorrelationID(original.messageId());
            copy.setStringProperty(ORIGINAL_MESSAGE_ID, original.messageId());
            copy.setStringProperty(REASON_CODE, failure.code());
            copy.setStringProperty(REASON, truncate(failure.reason()));
            copy.setStringProperty(SOURCE_QUEUE, original.sourceQueue());
            copy.setStringProperty(FAILED_AT, Instant.now().toString());
            copy.setIntProperty(DELIVERY_COUNT, original.deliveryCount());
            if (original.charset() != null) {
                copy.setStringProperty(CHARSET, original.charset());
            }
            jms.createProducer().send(errorQueue, copy);
            return copy.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot put the failed message on the error queue", e);
        }
    }

    private Message copyOf(InboundMessage original) throws JMSException {
        if (original.text()) {
            return jms.createTextMessage(new String(original.body(), StandardCharsets.UTF_8));
        }
        BytesMessage bytes = jms.createBytesMessage();
        bytes.writeBytes(original.body());
        return bytes;
    }

    private static String truncate(String reason) {
        String text = reason == null ? "" : reason;
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
    }
}
