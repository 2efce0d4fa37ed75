package org.commerceintegration.messages;

import java.time.LocalDateTime;
import org.commerceintegration.inbound.ProcessedMessage;
import org.commerceintegration.monitoring.operation.MessageReplay;
import org.commerceintegration.outbound.SendRecord;

/**
 * One step of a message's journey. Which fields a step fills depends on its {@link Step}; the others are null (and
 * left out of the JSON answer). A class rather than a record, so that a field a later feature keeps with the
 * processing record is one more field and getter, set in {@link #received}.
 */
public final class JourneyStep {

    /** What happened. */
    public enum Step {
        /** An inbound message was taken off its queue and processed. */
        RECEIVED,
        /** Its command's effect committed. */
        APPLIED,
        /** It failed, with its reason code and reason. */
        FAILED,
        /** Its copy was put on the error queue. */
        ERROR_QUEUE,
        /** An operator replayed the error-queue copy as a new message. */
        REPLAYED,
        /** The replayed message is on its inbound queue and has not been processed yet. */
        WAITING,
        /** An outbound message was sent. */
        SENT,
        /** An attempt to send an outbound message failed; it stays in MSGSTORE for the next. */
        SEND_FAILED
    }

    private Step step;
    private String messageId;
    private String queue;
    private String time;
    private String messageType;
    private String command;
    private Long ordersId;
    private String correlationId;
    private Integer durationMillis;
    private Integer deliveryCount;
    private String reasonCode;
    private String reason;
    private String errorMessageId;
    private Boolean onErrorQueue;
    private String replayedFrom;
    private String newMessageId;
    private String user;
    private Boolean edited;
    private Integer attempt;
    private String traceId;

    private JourneyStep(Step step, String messageId, String queue, LocalDateTime time) {
        this.step = step;
        this.messageId = messageId;
        this.queue = queue;
        this.time = time == null ? null : time.toString();
    }

    static JourneyStep received(ProcessedMessage record) {
        JourneyStep s =
                new JourneyStep(Step.RECEIVED, record.getMessageId(), record.getQueueName(), record.getReceived());
        s.messageType = record.getMessageType();
        s.command = record.getCommandName();
        s.ordersId = record.getOrdersId();
        s.correlationId = record.getCorrelationId();
        s.durationMillis = record.getDurationMillis();
        s.deliveryCount = record.getDeliveryCount();
        s.replayedFrom = record.getReplayedFrom();
        s.traceId = record.getTraceId();
        return s;
    }

    static JourneyStep ended(ProcessedMessage record) {
        boolean applied = record.getOutcome() == ProcessedMessage.Outcome.PROCESSED;
        JourneyStep s = new JourneyStep(
                applied ? Step.APPLIED : Step.FAILED, record.getMessageId(), record.getQueueName(), endOf(record));
        s.ordersId = record.getOrdersId();
        if (!applied) {
            s.reasonCode = record.getReasonCode();
            s.reason = record.getReason();
        }
        return s;
    }

    static JourneyStep onErrorQueue(ProcessedMessage record, String errorQueue, boolean present) {
        JourneyStep s = new JourneyStep(Step.ERROR_QUEUE, record.getMessageId(), errorQueue, endOf(record));
        s.errorMessageId = record.getErrorMessageId();
        s.onErrorQueue = present;
        s.reasonCode = record.getReasonCode();
        return s;
    }

    /** An error-queue message no processing record names. */
    static JourneyStep onErrorQueue(ErrorQueueEntries.Entry entry, String errorQueue) {
        JourneyStep s = new JourneyStep(Step.ERROR_QUEUE, entry.originalMessageId(), errorQueue, entry.time());
        s.errorMessageId = entry.messageId();
        s.onErrorQueue = true;
        s.reasonCode = entry.reasonCode();
        s.reason = entry.reason();
        s.replayedFrom = entry.replayedFrom();
        return s;
    }

    static JourneyStep replayed(MessageReplay replay) {
        JourneyStep s =
                new JourneyStep(Step.REPLAYED, replay.getNewMessageId(), replay.getQueueName(), replay.getReplayed());
        s.replayedFrom = replay.getErrorMessageId();
        s.errorMessageId = replay.getErrorMessageId();
        s.newMessageId = replay.getNewMessageId();
        s.user = replay.getActor();
        s.edited = replay.isEdited();
        return s;
    }

    /** A replay known only from the new message's {@code CI_ReplayedFrom} (not recorded as a replay: who is unknown). */
    static JourneyStep replayedUnrecorded(ProcessedMessage replayedMessage) {
        JourneyStep s =
                new JourneyStep(Step.REPLAYED, replayedMessage.getMessageId(), replayedMessage.getQueueName(), null);
        s.replayedFrom = replayedMessage.getReplayedFrom();
        s.errorMessageId = replayedMessage.getReplayedFrom();
        s.newMessageId = replayedMessage.getMessageId();
        return s;
    }

    static JourneyStep waiting(MessageReplay replay) {
        JourneyStep s = new JourneyStep(Step.WAITING, replay.getNewMessageId(), replay.getQueueName(), null);
        s.replayedFrom = replay.getErrorMessageId();
        return s;
    }

    static JourneyStep send(SendRecord record) {
        boolean sent = record.getOutcome() == SendRecord.Outcome.SENT;
        JourneyStep s = new JourneyStep(
                sent ? Step.SENT : Step.SEND_FAILED,
                record.getMessageId(),
                record.getQueueName(),
                record.getAttempted());
        s.messageType = record.getMessageType();
        s.ordersId = record.getOrdersId();
        s.correlationId = record.getCorrelationId();
        s.attempt = record.getAttempt();
        s.reason = record.getReason();
        return s;
    }

    private static LocalDateTime endOf(ProcessedMessage record) {
        return record.getDurationMillis() == null
                ? record.getReceived()
                : record.getReceived().plusNanos(record.getDurationMillis() * 1_000_000L);
    }

    public Step getStep() {
        return step;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getQueue() {
        return queue;
    }

    /** When it happened (ISO-8601, server local time). */
    public String getTime() {
        return time;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getCommand() {
        return command;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Integer getDurationMillis() {
        return durationMillis;
    }

    public Integer getDeliveryCount() {
        return deliveryCount;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public String getErrorMessageId() {
        return errorMessageId;
    }

    public Boolean getOnErrorQueue() {
        return onErrorQueue;
    }

    public String getReplayedFrom() {
        return replayedFrom;
    }

    public String getNewMessageId() {
        return newMessageId;
    }

    /** Who replayed it. */
    public String getUser() {
        return user;
    }

    public Boolean getEdited() {
        return edited;
    }

    public Integer getAttempt() {
        return attempt;
    }

    /** The W3C trace id its processing ran under, when there was a trace (see the tracing package). */
    public String getTraceId() {
        return traceId;
    }
}
