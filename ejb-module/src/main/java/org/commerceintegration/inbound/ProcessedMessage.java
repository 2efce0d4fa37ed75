package org.commerceintegration.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.tracing.MessageTracing;

/**
 * The record of one inbound message (table {@code CI_INBOUND_MESSAGE}): queue, type, order, outcome, reason,
 * duration. Written in the same transaction as the message's effect, so its key (the JMS message id) also tells
 * a redelivery of an already applied message apart from a new one.
 *
 * <p>One record per message, with one order: a message with several blocks (several {@code OrderStatus} of an
 * {@code Update_NC_OrderStatus}) is listed under its first block's order when applied, and under the failing
 * block's order (with that block's type and command) when it went to the error queue.
 */
@Entity
@Table(name = "CI_INBOUND_MESSAGE")
public class ProcessedMessage {

    /** How a message ended. */
    public enum Outcome {
        /** The command ran and its effect is committed. */
        PROCESSED,
        /** The message went to the error queue with its reason. */
        FAILED
    }

    @Id
    @Column(name = "MSGID", nullable = false, length = 128)
    private String messageId;

    @Column(name = "QUEUENAME", nullable = false, length = 128)
    private String queueName;

    @Column(name = "MSGTYPE", length = 64)
    private String messageType;

    @Column(name = "COMMANDNAME", length = 64)
    private String commandName;

    @Column(name = "ORDERS_ID")
    private Long ordersId;

    @Column(name = "OUTCOME", nullable = false, length = 16)
    private String outcome;

    @Column(name = "REASONCODE", length = 64)
    private String reasonCode;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "RECEIVED", nullable = false)
    private LocalDateTime received;

    @Column(name = "DURATIONMS")
    private Integer durationMillis;

    @Column(name = "DELIVERYCOUNT")
    private Integer deliveryCount;

    @Column(name = "MSGBYTES")
    private Integer size;

    @Column(name = "CORRELID", length = 128)
    private String correlationId;

    /** {@code CI_ReplayedFrom}: the error-queue message an operator replayed this one from. */
    @Column(name = "REPLAYEDFROM", length = 128)
    private String replayedFrom;

    /** The id of this message's copy on the error queue, when it failed. */
    @Column(name = "ERRORMSGID", length = 128)
    private String errorMessageId;

    /** The back end's order number ({@code merchantOrderNumber}) the message carried, if any. */
    @Column(name = "MORDER", length = 30)
    private String merchantOrderNumber;

    /** The trace its processing ran under (W3C trace id), when there was one. */
    @Column(name = "TRACEID", length = 32)
    private String traceId;

    /** For JPA. */
    protected ProcessedMessage() {}

    ProcessedMessage(InboundMessage message, Outcome outcome, LocalDateTime received, long durationMillis) {
        this.messageId = message.messageId();
        this.queueName = message.sourceQueue();
        this.deliveryCount = message.deliveryCount();
        this.size = message.body().length;
        this.correlationId = clip(message.correlationId(), 128);
        this.replayedFrom = clip(message.properties().get(ErrorQueue.REPLAYED_FROM), 128);
        this.outcome = outcome.name();
        this.received = received;
        this.durationMillis = (int) Math.min(Integer.MAX_VALUE, durationMillis);
        this.traceId = MessageTracing.currentTraceId();
    }

    void describe(CommandInvocation invocation, Long ordersId) {
        this.messageType = invocation.messageType();
        this.commandName = invocation.commandName();
        this.ordersId = ordersId;
        this.merchantOrderNumber = clip(invocation.property("merchantOrderNumber"), 30);
    }

    /** The order of a message that failed before it was mapped, as its body names it (null: none). */
    void concerns(Long ordersId) {
        this.ordersId = ordersId;
    }

    void copiedToErrorQueueAs(String errorMessageId) {
        this.errorMessageId = clip(errorMessageId, 128);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    void failedBecause(String reasonCode, String reason) {
        this.reasonCode = reasonCode;
        this.reason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    }

    public String getMessageId() {
        return messageId;
    }

    public String getMessageType() {
        return messageType;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public Outcome getOutcome() {
        return Outcome.valueOf(outcome);
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getReceived() {
        return received;
    }

    public Integer getSize() {
        return size;
    }

    public String getQueueName() {
        return queueName;
    }

    public String getCommandName() {
        return commandName;
    }

    public Integer getDurationMillis() {
        return durationMillis;
    }

    public Integer getDeliveryCount() {
        return deliveryCount;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public String getReplayedFrom() {
        return replayedFrom;
    }

    public String getErrorMessageId() {
        return errorMessageId;
    }

    public String getMerchantOrderNumber() {
        return merchantOrderNumber;
    }

    public String getTraceId() {
        return traceId;
    }
}
