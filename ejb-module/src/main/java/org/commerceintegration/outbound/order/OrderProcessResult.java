package org.commerceintegration.outbound.order;

/**
 * What processing an order did: which {@code OrderMessagingCmd} ran and the message it stored for sending.
 *
 * @param ordersId       the order
 * @param storeId        its store
 * @param implementation the {@code CMDREG.CLASSNAME} that ran, e.g.
 *                       {@code com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl}
 * @param messageType    the outbound message type, e.g. {@code OrderCreateXMLFormat}
 * @param messageId      the {@code MSGSTORE.MSGID} of the stored message
 * @param correlationId  the {@code JMSCorrelationID} the message carries
 */
public record OrderProcessResult(
        long ordersId, int storeId, String implementation, String messageType, long messageId, String correlationId) {}
