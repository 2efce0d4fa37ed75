package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commerceintegration.format.MessageFormatException;
import org.junit.jupiter.api.Test;

/** A reason quoting message content is safe for the log, the error queue's CI_Reason and CI_INBOUND_MESSAGE. */
class FailureTest {

    @Test
    void aReasonFromAnXmlFieldCannotBreakALogLine() {
        Failure failure = Failure.of(new MessageFormatException(
                "XML_VALUE", "OrderNumber '10001\r\n2026-12-03 WARNING forged' is not a number"));
        assertEquals("XML_VALUE", failure.code());
        assertFalse(failure.reason().contains("\r") || failure.reason().contains("\n"), failure.reason());
        assertTrue(failure.reason().contains("10001\\u000d\\u000a2026"), failure.reason());
    }

    @Test
    void givingUpKeepsTheReasonReadable() {
        Failure failure = new Failure("TRANSIENT", "lock on\norder 10001", true, null).givenUpAfter(5);
        assertEquals("Gave up after 5 deliveries: lock on\\u000aorder 10001", failure.reason());
    }
}
