package org.commerceintegration.status;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.TransactionalException;
import java.util.Map;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.registry.CommandResolutionException;
import org.commerceintegration.tracing.MessageTracing;
import org.commerceintegration.tracing.TracedStep;

/**
 * Runs one status message, straight through: the command name ({@code OrderStatus}, {@code OrderConfirmStatus},
 * {@code OrderShippingStatus}, {@code OrderInvoiceStatus}) picks the Commerce command interface; the message is parsed
 * once ({@link StatusMessage}); its order is found and locked once ({@link OrderStatusProcessor#locate}), which also
 * gives the store; the command registry ({@code CMDREG}) picks the implementation for that store, else the site; the
 * implementation applies the update.
 *
 * <p>Transactions: one message = one transaction, owned by the caller (the inbound message's). The semantics of
 * {@code @Transactional(MANDATORY)} are enforced here: no transaction is an error, and any failure marks the
 * transaction rollback-only before it propagates, so a caller that catches the exception (to route the message to the
 * error queue) cannot commit half a message. The {@code @Transactional} interceptor itself is not used because
 * Liberty's implementation records an FFDC incident for every exception passing through it, and refusing bad
 * messages is this command's everyday business.
 */
@ApplicationScoped
public class StatusCommandRunner {

    /** Command name (as the mappers' templates give it) to Commerce command interface. */
    static final Map<String, Class<? extends StatusMessageCommand>> INTERFACES = Map.of(
            "OrderStatus", OrderStatusCmd.class,
            "OrderConfirmStatus", OrderConfirmCmd.class,
            "OrderShippingStatus", OrderShippingCmd.class,
            "OrderInvoiceStatus", OrderInvoiceCmd.class);

    @Inject
    CommandRegistry registry;

    @Inject
    OrderStatusProcessor processor;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    MessageTracing tracing;

    /**
     * Applies the message in the caller's transaction.
     *
     * @return the order ({@code ORDERS_ID}) the status was recorded for
     * @throws CommandResolutionException when the command name is not of the OrderStatus family, or {@code CMDREG} has
     *                                    no usable row for it
     * @throws OrderStatusException       with the Commerce error key when the message cannot be applied; it names
     *                                    the order once the message led to one
     * @throws TransactionalException     when called outside a transaction
     */
    public long run(CommandInvocation invocation) {
        if (transactions.getTransactionKey() == null) {
            String why = invocation.commandName() + " must run inside the inbound message's transaction";
            throw new TransactionalException(why, new TransactionRequiredException(why));
        }
        try (TracedStep command = tracing.step(invocation.commandName())) {
            try {
                command.attribute("commerce.message.type", invocation.messageType());
                return run(invocation, command);
            } catch (OrderStatusException e) {
                command.failed(e.errorKey(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                command.failed(e);
                throw e;
            }
        }
    }

    private long run(CommandInvocation invocation, TracedStep command) {
        Long ordersId = null;
        try {
            Class<? extends StatusMessageCommand> type = INTERFACES.get(invocation.commandName());
            if (type == null) {
                throw new CommandResolutionException("No command matches '" + invocation.commandName()
                        + "': not one of the OrderStatus commands " + INTERFACES.keySet());
            }
            StatusMessage message = StatusMessage.parse(invocation);
            ordersId = message.orderId();
            StatusUpdate update = processor.locate(invocation, message);
            ordersId = update.ordersId();
            command.attribute("commerce.orders_id", ordersId);
            return registry.resolve(update.storeId(), type).command().execute(update);
        } catch (OrderStatusException e) {
            transactions.setRollbackOnly();
            throw ordersId == null ? e : e.concerning(ordersId);
        } catch (RuntimeException e) {
            transactions.setRollbackOnly();
            throw e;
        }
    }

    /**
     * The order {@link #run} would record the invocation for, found the same way (by {@code orderId}, else by
     * {@code merchantOrderNumber}) but neither locked nor checked further; {@code null} when it leads to none (then
     * {@link #run} fails and says why). For a preview that reads the order's rows before the command runs (the dry
     * run); it never marks the transaction rollback-only.
     */
    public Long orderOf(CommandInvocation invocation) {
        try {
            StatusMessage message = StatusMessage.parse(invocation);
            return message.orderId() != null
                    ? message.orderId()
                    : processor.orderOfMerchantOrderNumber(message.merchantOrderNumber());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
