package org.commerceintegration.health;

/**
 * The error-queue readiness rule on its own, so it can be tested without a server: not ready when the error queue
 * holds more than the threshold. A depth that cannot be read does not make the server unready here (the messaging
 * check reports an unreachable provider); a negative threshold switches the rule off.
 */
final class ErrorQueueThreshold {

    private ErrorQueueThreshold() {}

    /**
     * @param depth     the error queue's depth (possibly a lower bound, when browsing stopped), -1 when unknown
     * @param threshold most messages the error queue may hold while the server is ready; negative: no limit
     */
    static boolean ready(long depth, long threshold) {
        // An inexact depth is a lower bound: above the threshold it proves the excess; at or below it proves nothing,
        // and then the queue is given the benefit of the doubt like an unknown depth.
        return threshold < 0 || depth < 0 || depth <= threshold;
    }
}
