package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 10, 30, clock);

    @Test
    void failuresFromOneAddressDoNotLockTheUserElsewhere() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "203.0.113.66");
        }
        assertTrue(throttle.refusedFor("admin", "203.0.113.66").toSeconds() > 0, "the attacker's pair is locked");
        assertEquals(Duration.ZERO, throttle.refusedFor("admin", "192.0.2.1"), "the real admin still logs in");
    }

    @Test
    void aUserFromOneAddressIsRefusedAfterTheLimitThenLongerWithEachFailure() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("admin", "192.0.2.1");
        }
        assertEquals(Duration.ZERO, throttle.refusedFor("admin", "192.0.2.1"), "below the limit");
        throttle.failed("admin", "192.0.2.1");
        assertEquals(Duration.ofSeconds(30), throttle.refusedFor("admin", "192.0.2.1"), "at the limit");
        assertEquals(Duration.ZERO, throttle.refusedFor("viewer", "192.0.2.1"), "other users are not affected");
        throttle.failed("admin", "192.0.2.1");
        assertEquals(Duration.ofSeconds(60), throttle.refusedFor("admin", "192.0.2.1"), "doubles");
        clock.now = clock.now.plusSeconds(61);
        assertEquals(Duration.ZERO, throttle.refusedFor("admin", "192.0.2.1"), "the lock ends");
    }

    @Test
    void anAddressSprayingManyNamesIsRefusedWhateverNameItTries() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, throttle.refusedFor("name" + i, "198.51.100.7"), "attempt " + i);
            throttle.failed("name" + i, "198.51.100.7");
        }
        assertTrue(throttle.refusedFor("someone-else", "198.51.100.7").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.refusedFor("someone-else", "198.51.100.8"), "other addresses are not");
    }

    @Test
    void successClearsTheUserAtItsAddressAndOldFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("operator", "192.0.2.1");
        }
        throttle.succeeded("operator", "192.0.2.1");
        assertEquals(Duration.ZERO, throttle.refusedFor("operator", "192.0.2.1"));
        for (int i = 0; i < 3; i++) {
            throttle.failed("viewer", "192.0.2.1");
        }
        clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("viewer", "192.0.2.1");
        assertEquals(Duration.ZERO, throttle.refusedFor("viewer", "192.0.2.1"), "counting starts again");
    }

    @Test
    void theLockIsCappedAndMemoryIsBounded() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "192.0.2.1");
        }
        assertEquals(LoginThrottle.MAX_LOCK, throttle.refusedFor("admin", "192.0.2.1"));
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("sprayed-" + i, "203.0.113." + (i % 200));
        }
        assertTrue(throttle.remembered() <= 2 * LoginThrottle.MAX_KEYS, "remembered " + throttle.remembered());
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.failed("sprayed", "10.0." + (i / 256) + "." + (i % 256));
        }
        assertTrue(throttle.remembered() <= 2 * LoginThrottle.MAX_KEYS, "remembered " + throttle.remembered());
    }
}
