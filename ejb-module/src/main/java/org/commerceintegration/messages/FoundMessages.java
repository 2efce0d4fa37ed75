package org.commerceintegration.messages;

import java.util.List;

/**
 * One page of a message search, newest first.
 *
 * @param offset   results skipped
 * @param limit    the page's size as asked
 * @param hasMore  whether a next page holds more
 * @param messages the page
 */
public record FoundMessages(int offset, int limit, boolean hasMore, List<FoundMessage> messages) {}
