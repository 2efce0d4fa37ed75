package org.commerceintegration.monitoring.browse;

import java.util.List;

/**
 * The first messages of a queue, in the order the provider browses them (arrival order on the engine).
 *
 * @param queue     the queue's name
 * @param limit     the most messages asked for
 * @param count     how many are in {@link #messages}
 * @param more      whether the queue held more than {@code limit}
 * @param messages  the messages, bodies cut at the requested body limit
 */
public record MessagePage(String queue, int limit, int count, boolean more, List<MessageView> messages) {}
