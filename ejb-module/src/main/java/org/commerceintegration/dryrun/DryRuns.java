package org.commerceintegration.dryrun;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.dryrun.DryRunResult.Block;
import org.commerceintegration.dryrun.DryRunResult.FailureView;
import org.commerceintegration.dryrun.DryRunResult.OrderRows;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyBreakdown;
import org.commerceintegration.inbound.Failure;
import org.commerceintegration.inbound.InboundMessage;
import org.commerceintegration.inbound.MapperChain;
import org.commerceintegration.inbound.MessageDecoder;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.QueueRole;
import org.commerceintegration.problem.InvalidRequestException;

/**
 * Dry-runs a message: decodes it with the listeners' decoder, maps it with the real {@link MapperChain}, and runs its
 * commands in a transaction that is always rolled back ({@link RolledBackRun}); answers what the listener would do.
 * Decode and mapping failures are answered here, before any transaction, with the reason code
 * {@link Failure#of} gives them, as the listener does.
 *
 * <p>What it leaves out of the listener's path, on purpose: the processing record ({@code CI_INBOUND_MESSAGE}) and
 * its redelivery check (a pasted body has no message id), the error queue, the outcome event (metrics,
 * throughput). The commands themselves send nothing and audit nothing. Key sequences ({@code CI_ORDSTAT_SEQ}, ...)
 * may advance, as sequences do not roll back.
 */
@ApplicationScoped
public class DryRuns {

    private static final String LEGACY_START = "<ECEDOC>";

    @Inject
    private MessageDecoder decoder;

    @Inject
    private MapperChain mappers;

    @Inject
    private ManagedQueues queues;

    @EJB
    private RolledBackRun rolledBack;

    /** The same layouts as the legacy mapper: bundled plus the site's overrides. */
    private final LegacyBreakdown breakdown = new LegacyBreakdown(LayoutCatalog.load());

    /**
     * @param body      the message body as it would be put
     * @param text      whether it would be a text message (then {@code charset} is the body's encoding, default UTF-8)
     *                  or a bytes message (then {@code charset} is what it declares, default none)
     * @param charset   as above, or null
     * @param queueName the inbound queue it would arrive on; null for the parallel inbound queue
     * @throws InvalidRequestException when the queue is not an inbound queue, or a text body is not valid in its
     *                                 charset (no text message could carry it)
     */
    public DryRunResult run(byte[] body, boolean text, String charset, String queueName) {
        ManagedQueue queue = inboundQueue(queueName);
        InboundMessage message = text
                ? new InboundMessage(
                        textOf(body, charset).getBytes(StandardCharsets.UTF_8),
                        true,
                        "UTF-8",
                        dryRunId(),
                        queue.name(),
                        1,
                        Map.of())
                : new InboundMessage(body, false, blankToNull(charset), dryRunId(), queue.name(), 1, Map.of());

        String decoded;
        Charset decodedWith;
        try {
            decodedWith = decoder.charsetOf(message);
            decoded = decoder.decode(message);
        } catch (RuntimeException e) {
            return failedBefore(queue, "binary", null, null, List.of(), Failure.of(e));
        }
        String start = (decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded).stripLeading();
        String format = start.startsWith(LEGACY_START) ? "legacy" : start.startsWith("<") ? "xml" : "text";
        LegacyBreakdown.Result legacy = format.equals("legacy") ? breakdown.of(decoded) : null;

        List<CommandInvocation> invocations;
        try {
            invocations = mappers.map(decoded, message.text() ? null : decodedWith);
        } catch (RuntimeException e) {
            return failedBefore(queue, format, decodedWith.name(), legacy, List.of(), Failure.of(e));
        }

        RolledBackRun.Run run;
        try {
            run = rolledBack.run(invocations);
        } catch (RuntimeException e) {
            // The container's own failure (the database away, a bug): the listener would retry it.
            return failedBefore(
                    queue, format, decodedWith.name(), legacy, blocks(invocations, List.of()), Failure.of(e));
        }
        List<OrderRows> orders = new ArrayList<>();
        run.before()
                .forEach((ordersId, rows) ->
                        orders.add(new OrderRows(ordersId, rows, run.after().get(ordersId))));
        run.after().forEach((ordersId, rows) -> {
            if (!run.before().containsKey(ordersId)) {
                orders.add(new OrderRows(ordersId, null, rows));
            }
        });
        Failure failure = run.failure();
        return new DryRunResult(
                failure == null ? DryRunResult.PROCESSED : outcomeOf(failure),
                queue.name(),
                format,
                decodedWith.name(),
                blocks(invocations, run.blockOrders()),
                legacy,
                orders,
                failure == null ? null : view(failure, run.failedBlock()));
    }

    private ManagedQueue inboundQueue(String name) {
        if (name == null || name.isBlank()) {
            return queues.all().stream()
                    .filter(q -> q.role() == QueueRole.PARALLEL_INBOUND)
                    .findFirst()
                    .orElseThrow();
        }
        ManagedQueue queue = queues.require(name.trim());
        if (!queue.role().inbound()) {
            throw new InvalidRequestException(
                    "A dry run is for an inbound queue; " + queue.name() + " is not one (" + queue.role() + ")");
        }
        return queue;
    }

    private static String textOf(byte[] body, String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null || charsetName.isBlank()
                    ? StandardCharsets.UTF_8
                    : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidRequestException("Unknown charset '" + charsetName + "'");
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("The body is not valid " + charset.name()
                    + ", so no text message could carry it; send it as bytes to see what the listener makes of it");
        }
    }

    /** Never a provider's id: nothing may mistake a dry run for a message that arrived. */
    private static String dryRunId() {
        return "dry-run:" + UUID.randomUUID();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<Block> blocks(List<CommandInvocation> invocations, List<Long> orders) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < invocations.size(); i++) {
            CommandInvocation invocation = invocations.get(i);
            blocks.add(new Block(
                    i + 1,
                    invocation.commandName(),
                    invocation.messageType(),
                    i < orders.size() ? orders.get(i) : null,
                    invocation.properties(),
                    invocation.userData(),
                    invocation.items()));
        }
        return blocks;
    }

    private static DryRunResult failedBefore(
            ManagedQueue queue,
            String format,
            String charset,
            LegacyBreakdown.Result legacy,
            List<Block> blocks,
            Failure failure) {
        return new DryRunResult(
                outcomeOf(failure), queue.name(), format, charset, blocks, legacy, List.of(), view(failure, null));
    }

    private static String outcomeOf(Failure failure) {
        return failure.retryable() ? DryRunResult.REDELIVERED : DryRunResult.FAILED;
    }

    private static FailureView view(Failure failure, Integer block) {
        return new FailureView(failure.code(), failure.reason(), failure.retryable(), block, failure.ordersId());
    }
}
