package org.commerceintegration.monitoring.browse;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.commerceintegration.inbound.ErrorQueue;

/**
 * Why a message is on the error queue, read from the {@code CI_} properties {@link ErrorQueue} sets.
 *
 * @param reasonCode        {@code CI_ReasonCode}, e.g. {@code NO_COMMAND}, {@code LEGACY_FIELD}
 * @param reason            {@code CI_Reason}
 * @param sourceQueue       {@code CI_SourceQueue}: where it failed, the default replay target
 * @param failedAt          {@code CI_FailedAt} (ISO-8601 instant)
 * @param deliveryCount     {@code CI_DeliveryCount}: deliveries before it was given up
 * @param originalMessageId {@code CI_OriginalMessageId}: the failed message's id (also its correlation id)
 * @param replayedFrom      {@code CI_ReplayedFrom}: when it had been replayed before, the error message it came from
 * @param ordersId          the Commerce order the body names, as far as it can be read; null when it names none (or
 *                          when not looked for: only browsing reads the body for it)
 */
public record FailureInfo(
        String reasonCode,
        String reason,
        String sourceQueue,
        String failedAt,
        Integer deliveryCount,
        String originalMessageId,
        String replayedFrom,
        Long ordersId) {

    /** The failure properties of the message, or null when it carries none (not put there by the inbound path). */
    public static FailureInfo of(Message message) throws JMSException {
        if (!message.propertyExists(ErrorQueue.REASON_CODE)) {
            return null;
        }
        Object count = message.getObjectProperty(ErrorQueue.DELIVERY_COUNT);
        return new FailureInfo(
                text(message, ErrorQueue.REASON_CODE),
                text(message, ErrorQueue.REASON),
                text(message, ErrorQueue.SOURCE_QUEUE),
                text(message, ErrorQueue.FAILED_AT),
                count instanceof Number n ? n.intValue() : null,
                text(message, ErrorQueue.ORIGINAL_MESSAGE_ID),
                text(message, ErrorQueue.REPLAYED_FROM),
                null);
    }

    FailureInfo withOrdersId(Long orders) {
        return new FailureInfo(
                reasonCode, reason, sourceQueue, failedAt, deliveryCount, originalMessageId, replayedFrom, orders);
    }

    private static String text(Message message, String name) throws JMSException {
        Object value = message.getObjectProperty(name);
        return value == null ? null : value.toString();
    }
}
