package org.commerceintegration.monitoring.listener;

/**
 * Whether an inbound queue's listener is taking messages.
 *
 * @param state    {@code ACTIVE}, {@code PAUSED}, {@code INACTIVE} (known but not started), {@code UNKNOWN} (the
 *                 endpoint could not be found or asked) or {@code UNSUPPORTED} (no way to control listeners here)
 * @param paused   true only when {@code PAUSED}
 * @param endpoint the server's name for the listener's endpoint, or null
 * @param error    why the state is unknown or unsupported, or null
 */
public record ListenerStatus(String state, boolean paused, String endpoint, String error) {

    public static ListenerStatus of(String state, String endpoint) {
        return new ListenerStatus(state, "PAUSED".equals(state), endpoint, null);
    }

    public static ListenerStatus unknown(String endpoint, String error) {
        return new ListenerStatus("UNKNOWN", false, endpoint, error);
    }

    public static ListenerStatus unsupported(String why) {
        return new ListenerStatus("UNSUPPORTED", false, null, why);
    }
}
