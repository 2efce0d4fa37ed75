package org.commerceintegration.dryrun;

import java.util.List;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.legacy.LegacyBreakdown;

/**
 * What the inbound path would do with a message (see {@link DryRuns}).
 *
 * @param outcome what the listener would do: {@code PROCESSED} (every block applied), {@code FAILED} (the message
 *                goes to the error queue with {@code failure.code}) or {@code REDELIVERED} (a transient failure: the
 *                listener rolls back and the provider redelivers it, until the delivery bound sends it to the error
 *                queue with the same code)
 * @param queue   the inbound queue it was dry-run for; the queue does not change mapping or commands, only which
 *                listener (serial or parallel) would take it
 * @param format  {@code legacy} (starts with {@code <ECEDOC>}), {@code xml}, {@code text}, or {@code binary} when it
 *                cannot be decoded
 * @param charset the charset the body was decoded with (declared, else the configured default)
 * @param blocks  one per block of the message, in document order: its command and the fields the mapper read; empty
 *                when it could not be mapped
 * @param legacy  for a legacy body, its field-by-field breakdown with the reader's verdict; else null
 * @param orders  the orders the blocks concern, with their rows before and (when the message would be applied) after
 * @param failure why it would not be applied, or null
 */
public record DryRunResult(
        String outcome,
        String queue,
        String format,
        String charset,
        List<Block> blocks,
        LegacyBreakdown.Result legacy,
        List<OrderRows> orders,
        FailureView failure) {

    /** Every block applied. */
    public static final String PROCESSED = "PROCESSED";
    /** A final failure: the error queue. */
    public static final String FAILED = "FAILED";
    /** A transient failure: rolled back and redelivered. */
    public static final String REDELIVERED = "REDELIVERED";

    /**
     * One block: the command the mapper chose and the fields it read (for an XML message these are its fields).
     *
     * @param block       position in the message, from 1
     * @param commandName e.g. {@code OrderStatus}
     * @param messageType what the message was recognised as, e.g. {@code OS 02} or {@code Update_NC_OrderStatus 1.0}
     * @param ordersId    the order it concerns, when the message leads to one
     * @param properties  header-level command parameters
     * @param userData    header-level user data
     * @param items       one entry per item, with its parameters and user data
     */
    public record Block(
            int block,
            String commandName,
            String messageType,
            Long ordersId,
            Map<String, String> properties,
            Map<String, String> userData,
            List<CommandInvocation.ItemProperties> items) {}

    /**
     * One order's rows as the tables hold them (column name to value, as the order page's API gives them).
     *
     * @param ordersId the order
     * @param before   its rows before the message, as committed
     * @param after    its rows as the message would leave them; null when the message would not be applied
     */
    public record OrderRows(long ordersId, Rows before, Rows after) {}

    /** {@code ORDSTAT} (current first, then history newest first) and {@code ORDISTAT} (by item) rows. */
    public record Rows(List<Map<String, Object>> ordstat, List<Map<String, Object>> ordistat) {}

    /**
     * Why the message would not be applied.
     *
     * @param code      the reason code the listener would put on the error queue ({@code CI_ReasonCode})
     * @param reason    the reason text
     * @param retryable whether the listener would retry it (see {@link #REDELIVERED})
     * @param block     the failing block's position when the message has several, else null
     * @param ordersId  the order the failing command concerned, or null
     */
    public record FailureView(String code, String reason, boolean retryable, Integer block, Long ordersId) {}
}
