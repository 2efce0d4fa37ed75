package org.commerceintegration.health;

/**
 * The inbound message-age readiness rule on its own, so it can be tested without a server: not ready when a message
 * has waited on an inbound queue longer than the limit, the symptom of a listener that has stopped taking messages.
 * An age that cannot be read does not make the server unready here (the messaging check reports an unreachable
 * provider); a limit of 0 or less switches the rule off.
 */
final class MessageAgeLimit {

    private MessageAgeLimit() {}

    /**
     * @param ageSeconds   how long the queue's oldest message has waited; 0 when empty, -1 when unknown
     * @param limitSeconds the longest wait allowed while the server is ready; 0 or less: no limit
     */
    static boolean ready(long ageSeconds, long limitSeconds) {
        return limitSeconds <= 0 || ageSeconds <= limitSeconds;
    }
}
