package org.commerceintegration.outbound;

import java.io.Serializable;
import java.util.Objects;

/**
 * Primary key of {@link StoredMessage}: message id, part index and transport.
 */
public class StoredMessageKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long messageId;
    private Integer messageIndex;
    private Integer transportId;

    public StoredMessageKey() {}

    public StoredMessageKey(Long messageId, Integer messageIndex, Integer transportId) {
        this.messageId = messageId;
        this.messageIndex = messageIndex;
        this.transportId = transportId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Integer getMessageIndex() {
        return messageIndex;
    }

    public Integer getTransportId() {
        return transportId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessageKey other
                && Objects.equals(messageId, other.messageId)
                && Objects.equals(messageIndex, other.messageIndex)
                && Objects.equals(transportId, other.transportId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, messageIndex, transportId);
    }

    @Override
    public String toString() {
        return "messageId=" + messageId + ", " + "messageIndex=" + messageIndex + ", " + "transportId=" + transportId;
    }
}
