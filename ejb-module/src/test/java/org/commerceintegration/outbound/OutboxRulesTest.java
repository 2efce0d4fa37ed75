package org.commerceintegration.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.jms.JMSRuntimeException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The outbox's small rules, without a server: when a row may be tried, its state, ids and error texts. */
class OutboxRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 1, 12, 0);

    @Test
    void afterCommitTriesOnlyAnUntriedRow() {
        assertTrue(SendTrigger.AFTER_COMMIT.mayAttempt(row(3, 0, NOW.plusSeconds(30)), NOW));
        assertFalse(
                SendTrigger.AFTER_COMMIT.mayAttempt(row(3, 1, NOW.minusSeconds(1)), NOW), "the timer got there first");
    }

    @Test
    void retryNeedsADueRowWithRetriesLeft() {
        assertTrue(SendTrigger.RETRY.mayAttempt(row(1, 2, NOW), NOW));
        assertFalse(SendTrigger.RETRY.mayAttempt(row(1, 2, NOW.plusSeconds(1)), NOW), "not due yet");
        assertFalse(SendTrigger.RETRY.mayAttempt(row(0, 4, NOW.minusHours(1)), NOW), "retries used up");
        assertTrue(SendTrigger.RETRY.usesRetry());
        assertFalse(SendTrigger.AFTER_COMMIT.usesRetry());
        assertFalse(SendTrigger.OPERATOR.usesRetry());
    }

    @Test
    void operatorAlwaysMayTry() {
        assertTrue(SendTrigger.OPERATOR.mayAttempt(row(0, 9, NOW.plusDays(1)), NOW));
    }

    @Test
    void stateOfAStoredRow() {
        assertEquals("QUEUED", UnsentMessage.of(row(3, 0, NOW)).state());
        assertEquals("RETRYING", UnsentMessage.of(row(2, 2, NOW)).state());
        assertEquals("UNSENT", UnsentMessage.of(row(0, 4, NOW)).state());
    }

    @Test
    void correlationIdsAreMqNativeAndUnique() {
        String first = CorrelationIds.forMessage(1000000050L);
        assertTrue(first.matches("ID:[0-9a-f]{48}"), first);
        assertTrue(first.endsWith("000000003b9aca32"), "ends with the MSGID: " + first);
        assertNotEquals(first, CorrelationIds.forMessage(1000000050L));
    }

    @Test
    void errorTextSkipsContainerWrappersAndRepeats() {
        JMSRuntimeException refused = new JMSRuntimeException("CWSIA0067E: send failed: CWSIK0025E: queue full");
        String text = OutboxDispatcher.describe(
                new EJBException("See nested exception; nested exception is: x", new RuntimeException(refused)));
        assertTrue(text.contains("CWSIA0067E: send failed"), text);
        assertFalse(text.contains("See nested exception"), text);
        assertEquals(1, text.split("CWSIK0025E", -1).length - 1, "said once: " + text);
    }

    private static StoredMessage row(int retries, int attempts, LocalDateTime nextAttempt) {
        StoredMessage row = new StoredMessage();
        row.setMessageId(1L);
        row.setMessageIndex(0);
        row.setTransportId(3);
        row.setStoreId(10101);
        row.setMessageType("OrderCreateXMLFormat");
        row.setMessage(new byte[] {1, 2});
        row.setRetries(retries);
        row.setAttempts(attempts);
        row.setNextAttempt(nextAttempt);
        return row;
    }
}
