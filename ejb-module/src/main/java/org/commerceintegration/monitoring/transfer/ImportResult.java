package org.commerceintegration.monitoring.transfer;

import java.util.List;

/**
 * The answer to an import: one item per message of the file, in file order. All messages were put in one
 * transaction, so either every {@code imported} item is on the queue or the import failed as a whole (and the answer
 * is an error, not this).
 *
 * @param queue    the queue the messages were put on
 * @param imported how many were put
 * @param skipped  how many were not put (expired before the import)
 * @param results  per message
 */
public record ImportResult(String queue, int imported, int skipped, List<Item> results) {

    /**
     * One message of the file.
     *
     * @param index             its position in the file, from 1
     * @param originalMessageId the {@code JMSMessageID} the file gives it, or null
     * @param outcome           {@code imported} or {@code expired}
     * @param messageId         the new {@code JMSMessageID}, when imported
     * @param note              what was left out or why it was skipped, or null
     */
    public record Item(int index, String originalMessageId, String outcome, String messageId, String note) {}
}
