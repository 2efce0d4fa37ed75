package org.commerceintegration.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The durable record of one attempt to send an outbound message (table {@code CI_OUTBOUND_MESSAGE}): which
 * {@code MSGSTORE} row, which attempt, and for a sent message its JMS message id, queue, order, type and correlation
 * id. A sent attempt is written in the transaction that sends the message and deletes its row, so the record exists
 * if and only if the message left; a failed attempt is written with the failure's record, after that transaction.
 */
@Entity
@Table(name = "CI_OUTBOUND_MESSAGE")
@IdClass(SendRecordKey.class)
public class SendRecord {

    /** How an attempt ended. */
    public enum Outcome {
        /** The message is on its queue and its MSGSTORE row is gone. */
        SENT,
        /** The send failed; the row stays in MSGSTORE for the next attempt. */
        FAILED
    }

    private static final int MAX_REASON = 1000;

    @Id
    @Column(name = "STORE_MSGID", nullable = false)
    private Long storeMessageId;

    @Id
    @Column(name = "ATTEMPT", nullable = false)
    private Integer attempt;

    @Column(name = "MSGID", length = 128)
    private String messageId;

    @Column(name = "ORDERS_ID")
    private Long ordersId;

    @Column(name = "MSGTYPE", length = 64)
    private String messageType;

    @Column(name = "QUEUENAME", length = 128)
    private String queueName;

    @Column(name = "CORRELID", length = 128)
    private String correlationId;

    @Column(name = "OUTCOME", nullable = false, length = 16)
    private String outcome;

    @Column(name = "REASON", length = MAX_REASON)
    private String reason;

    @Column(name = "ATTEMPTED", nullable = false)
    private LocalDateTime attempted;

    /** For JPA. */
    protected SendRecord() {}

    private SendRecord(StoredMessage row, int attempt, Outcome outcome, LocalDateTime attempted) {
        this.storeMessageId = row.getMessageId();
        this.attempt = attempt;
        this.ordersId = row.getOrdersId();
        this.messageType = row.getMessageType();
        this.correlationId = row.getCorrelationId();
        this.outcome = outcome.name();
        this.attempted = attempted;
    }

    static SendRecord sent(StoredMessage row, Transmission transmission, LocalDateTime at) {
        SendRecord record = new SendRecord(row, attemptNumber(row), Outcome.SENT, at);
        record.messageId = transmission.messageId();
        record.queueName = transmission.queueName();
        return record;
    }

    /** @param attempt the number of the failed attempt, as now counted on the row */
    static SendRecord failed(StoredMessage row, int attempt, String queueName, String error, LocalDateTime at) {
        SendRecord record = new SendRecord(row, attempt, Outcome.FAILED, at);
        record.queueName = queueName;
        record.reason = error == null || error.length() <= MAX_REASON ? error : error.substring(0, MAX_REASON);
        return record;
    }

    private static int attemptNumber(StoredMessage row) {
        return (row.getAttempts() == null ? 0 : row.getAttempts()) + 1;
    }

    public Long getStoreMessageId() {
        return storeMessageId;
    }

    public Integer getAttempt() {
        return attempt;
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getQueueName() {
        return queueName;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public Outcome getOutcome() {
        return Outcome.valueOf(outcome);
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getAttempted() {
        return attempted;
    }
}
