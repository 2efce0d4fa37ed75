package org.commerceintegration.monitoring.browse;

import java.util.List;

/**
 * The first messages of a queue, in the order the provider browses them (arrival order on the engine).
 *
 * @param queue     the queue's name
 * @param limit     the most messages asked for
 * @param count     how many are in {@link #messages}
 * @param more      whether the queue held more than {@code limit}
 * @param pageBodyBytes the most body bytes one page carries, all messages together
 * @param bodiesCapped  whether bodies were cut (or left out) below the requested body limit because the page
 *                      reached {@code pageBodyBytes}; open a message by id for its whole body
 * @param messages  the messages, bodies cut at the requested body limit
 */
public record MessagePage(
        String queue,
        int limit,
        int count,
        boolean more,
        int pageBodyBytes,
        boolean bodiesCapped,
        List<MessageView> messages) {}
