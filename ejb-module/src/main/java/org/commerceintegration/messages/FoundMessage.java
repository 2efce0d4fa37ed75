package org.commerceintegration.messages;

/**
 * One search result: a processing record, a send attempt or an error-queue message, with what the console lists.
 *
 * @param kind                where it is recorded
 * @param messageId           its JMS message id (null for a send attempt that failed before the message existed)
 * @param correlationId       {@code JMSCorrelationID}
 * @param queue               the queue it came from or went to
 * @param time                received, sent or put on the error queue (ISO-8601, server local time)
 * @param messageType         e.g. {@code OS 02}, {@code Update_NC_OrderStatus 1.0}, {@code OrderCreateXMLFormat}
 * @param command             the command it ran, inbound only
 * @param ordersId            the order
 * @param merchantOrderNumber the back end's order number the message carried
 * @param outcome             {@code PROCESSED}, {@code FAILED}, {@code SENT} or {@code ON_ERROR_QUEUE}
 * @param reasonCode          why it failed
 * @param reason              the failure's text
 * @param replayedFrom        the error-queue message it was replayed from
 * @param errorMessageId      its copy's id on the error queue, when it failed
 * @param onErrorQueue        whether that copy (or this error-queue message) is on the error queue now; null when
 *                            the message never went there
 */
public record FoundMessage(
        MessageKind kind,
        String messageId,
        String correlationId,
        String queue,
        String time,
        String messageType,
        String command,
        Long ordersId,
        String merchantOrderNumber,
        String outcome,
        String reasonCode,
        String reason,
        String replayedFrom,
        String errorMessageId,
        Boolean onErrorQueue) {

    FoundMessage onErrorQueue(boolean present) {
        return new FoundMessage(
                kind,
                messageId,
                correlationId,
                queue,
                time,
                messageType,
                command,
                ordersId,
                merchantOrderNumber,
                outcome,
                reasonCode,
                reason,
                replayedFrom,
                errorMessageId,
                present);
    }
}
