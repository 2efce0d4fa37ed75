package org.commerceintegration.outbound;

import java.io.Serializable;
import java.util.Objects;

/** Primary key of {@link SendRecord}: the {@code MSGSTORE} row and the number of the attempt. */
public class SendRecordKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long storeMessageId;
    private Integer attempt;

    public SendRecordKey() {}

    public SendRecordKey(Long storeMessageId, Integer attempt) {
        this.storeMessageId = storeMessageId;
        this.attempt = attempt;
    }

    public Long getStoreMessageId() {
        return storeMessageId;
    }

    public Integer getAttempt() {
        return attempt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SendRecordKey other
                && Objects.equals(storeMessageId, other.storeMessageId)
                && Objects.equals(attempt, other.attempt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeMessageId, attempt);
    }
}
