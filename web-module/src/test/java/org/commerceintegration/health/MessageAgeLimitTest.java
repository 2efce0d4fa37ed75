package org.commerceintegration.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageAgeLimitTest {

    @Test
    void readyUpToTheLimitNotAbove() {
        assertTrue(MessageAgeLimit.ready(0, 300), "an empty queue");
        assertTrue(MessageAgeLimit.ready(300, 300));
        assertFalse(MessageAgeLimit.ready(301, 300));
        assertFalse(MessageAgeLimit.ready(3, 2));
    }

    @Test
    void unknownAgeOrNoLimitIsReady() {
        assertTrue(MessageAgeLimit.ready(-1, 1), "the messaging check reports an unreachable provider");
        assertTrue(MessageAgeLimit.ready(1_000_000, 0), "0 switches the rule off");
        assertTrue(MessageAgeLimit.ready(1_000_000, -5));
    }
}
