package org.commerceintegration.outbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.commerceintegration.tracing.TraceContext;

/**
 * An outbound message kept until the transport accepted it (Commerce table {@code MSGSTORE}, the store behind
 * {@code sendTransacted}). The {@code CI_*} columns are this module's own additions, nullable or defaulted so that
 * the table stays compatible with Commerce's.
 *
 * <p>This module writes only rows with {@code MESSAGEINDEX} 0 and {@code TRANSPORT_ID} 3 (JMS, as Commerce numbers its
 * transports) and a non-null {@code CI_MSGTYPE}; rows Commerce itself keeps in a shared table are never touched.
 * {@code RETRIES} counts the automatic retries still allowed; {@code CI_ATTEMPTS} the attempts made so far.
 */
@Entity
@Table(name = "MSGSTORE")
@IdClass(StoredMessageKey.class)
public class StoredMessage {

    /** From sequence {@code CI_MSGSTORE_SEQ} (increment 50), assigned when the row is persisted. */
    @Id
    @SequenceGenerator(name = "CI_MSGSTORE_SEQ", sequenceName = "CI_MSGSTORE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CI_MSGSTORE_SEQ")
    @Column(name = "MSGID", nullable = false)
    private Long messageId;

    @Id
    @Column(name = "MESSAGEINDEX", nullable = false)
    private Integer messageIndex;

    @Lob
    @Column(name = "MESSAGE")
    private byte[] message;

    @Column(name = "MSGDATECREATED")
    private LocalDateTime created;

    @Column(name = "RETRIES")
    private Integer retries;

    @Column(name = "EXPIRY")
    private LocalDateTime expiry;

    @Id
    @Column(name = "TRANSPORT_ID", nullable = false)
    private Integer transportId;

    @Column(name = "STOREENT_ID", nullable = false)
    private Integer storeId;

    @Column(name = "CI_MSGTYPE", length = 64)
    private String messageType;

    @Column(name = "CI_ORDERS_ID")
    private Long ordersId;

    @Column(name = "CI_CORRELID", length = 128)
    private String correlationId;

    @Column(name = "CI_ATTEMPTS", nullable = false)
    private Integer attempts;

    @Column(name = "CI_NEXTATTEMPT")
    private LocalDateTime nextAttempt;

    @Column(name = "CI_LASTERROR", length = 1000)
    private String lastError;

    /** The trace context of the processing that stored the row (W3C), carried by the message when it is sent. */
    @Column(name = "CI_TRACEPARENT", length = 55)
    private String traceParent;

    @Column(name = "CI_TRACESTATE", length = 512)
    private String traceState;

    @Version
    @Column(name = "OPTCOUNTER", nullable = false)
    private short optCounter;

    /** An empty row, filled with the setters (and used by JPA). */
    public StoredMessage() {}

    public Long getMessageId() {
        return messageId;
    }

    public void setMessageId(Long messageId) {
        this.messageId = messageId;
    }

    public void setMessageIndex(Integer messageIndex) {
        this.messageIndex = messageIndex;
    }

    public byte[] getMessage() {
        return message;
    }

    public void setMessage(byte[] message) {
        this.message = message;
    }

    public LocalDateTime getCreated() {
        return created;
    }

    public void setCreated(LocalDateTime created) {
        this.created = created;
    }

    public Integer getRetries() {
        return retries;
    }

    public void setRetries(Integer retries) {
        this.retries = retries;
    }

    public void setTransportId(Integer transportId) {
        this.transportId = transportId;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public Long getOrdersId() {
        return ordersId;
    }

    public void setOrdersId(Long ordersId) {
        this.ordersId = ordersId;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public LocalDateTime getNextAttempt() {
        return nextAttempt;
    }

    public void setNextAttempt(LocalDateTime nextAttempt) {
        this.nextAttempt = nextAttempt;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    /** The stored trace context, or {@code null} when the row was stored outside any trace. */
    public TraceContext getTraceContext() {
        return traceParent == null ? null : new TraceContext(traceParent, traceState);
    }

    public void setTraceContext(TraceContext context) {
        this.traceParent = context == null ? null : context.traceParent();
        this.traceState = context == null ? null : context.traceState();
    }

    public short getOptCounter() {
        return optCounter;
    }
}
