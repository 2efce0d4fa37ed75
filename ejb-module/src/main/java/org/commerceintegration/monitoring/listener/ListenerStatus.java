package org.commerceintegration.monitoring.listener;

/**
 * Whether an inbound queue's listener is taking messages.
 *
 * @param state    {@code ACTIVE}, {@code PAUSED}, {@code INACTIVE} (known but not started), {@code UNKNOWN} (the
 *                 endpoint could not be found or asked) or {@code UNSUPPORTED} (no way to control listeners here)
 * @param paused   true only when {@code PAUSED}
 * @param endpoint the server's name for the listener's endpoint, or null
 * @param error    why the state is unknown or unsupported, or null
 * @param autoPaused true while the listener is paused because the database is away ({@link OutagePause}): its
 *                   threads hold their messages and it goes on by itself when the database answers
 */
public record ListenerStatus(String state, boolean paused, String endpoint, String error, boolean autoPaused) {

    public static ListenerStatus of(String state, String endpoint) {
        return new ListenerStatus(state, "PAUSED".equals(state), endpoint, null, false);
    }

    public static ListenerStatus unknown(String endpoint, String error) {
        return new ListenerStatus("UNKNOWN", false, endpoint, error, false);
    }

    public static ListenerStatus unsupported(String why) {
        return new ListenerStatus("UNSUPPORTED", false, null, why, false);
    }

    /** This status, marked as the outage's pause. */
    ListenerStatus pausedByOutage() {
        return new ListenerStatus(state, paused, endpoint, error, true);
    }
}
