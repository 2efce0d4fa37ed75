package org.commerceintegration.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorQueueThresholdTest {

    @Test
    void readyUpToTheThresholdNotAbove() {
        assertTrue(ErrorQueueThreshold.ready(0, 1000));
        assertTrue(ErrorQueueThreshold.ready(1000, 1000));
        assertFalse(ErrorQueueThreshold.ready(1001, 1000));
        assertFalse(ErrorQueueThreshold.ready(1, 0), "threshold 0: any failed message makes the server unready");
    }

    @Test
    void lowerBoundAboveTheThresholdProvesTheExcess() {
        assertFalse(ErrorQueueThreshold.ready(5000, 1000));
        assertTrue(ErrorQueueThreshold.ready(500, 1000), "a lower bound below the threshold proves nothing");
    }

    @Test
    void unknownDepthOrNegativeThresholdIsReady() {
        assertTrue(ErrorQueueThreshold.ready(-1, 0), "the messaging check reports an unreachable provider");
        assertTrue(ErrorQueueThreshold.ready(1_000_000, -1), "a negative threshold switches the rule off");
    }
}
