package org.commerceintegration.monitoring.operation;

import java.util.List;

/**
 * The outcome of replaying several error-queue messages, each in its own transaction: one that cannot be replayed
 * does not keep the others on the error queue.
 *
 * @param replayed how many were replayed
 * @param failed   how many were not
 * @param results  one entry per requested id, in request order
 */
public record BulkReplayResult(int replayed, int failed, List<Item> results) {

    /**
     * @param id        the requested error-queue message id
     * @param status    {@code replayed}, {@code not_found}, {@code invalid} (e.g. no source queue) or {@code error}
     * @param target    the queue it was put on, when replayed
     * @param messageId the new message's id, when replayed
     * @param message   why not, when not replayed
     */
    public record Item(String id, String status, String target, String messageId, String message) {}
}
