package org.commerceintegration.monitoring.operation;

/**
 * A message moved from the error queue back to an inbound queue.
 *
 * @param replayedFrom the error-queue message's id (now gone from the error queue)
 * @param target       the inbound queue it was put on
 * @param messageId    the new message's id on the target queue (also in {@code CI_ReplayedFrom}'s reverse direction:
 *                     the new message carries {@code CI_ReplayedFrom = replayedFrom})
 * @param edited       whether the body was replaced by an operator's edit
 */
public record ReplayResult(String replayedFrom, String target, String messageId, boolean edited) {}
