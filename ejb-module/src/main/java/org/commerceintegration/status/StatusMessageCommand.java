package org.commerceintegration.status;

import org.commerceintegration.command.CommandInvocation;

/**
 * What every command of the OrderStatus family does: apply one status message to {@code ORDSTAT}/{@code ORDISTAT}.
 * The Commerce command interfaces ({@link OrderStatusCmd}, {@link OrderConfirmCmd}, {@link OrderShippingCmd},
 * {@link OrderInvoiceCmd}) extend it, so a dispatcher can run any of them the same way
 * ({@link StatusCommandRunner#forInvocation}).
 *
 * <p>Not itself a registry interface (no {@code @CommandInterface}): each Commerce interface has its own
 * {@code CMDREG} row, so a site can replace one variant without the others.
 */
public interface StatusMessageCommand {

    /**
     * Applies one status message, in the caller's transaction (one message = one transaction; a transaction is
     * required). On failure the transaction is marked for rollback and nothing of the message remains.
     *
     * @param invocation the message as a mapper produced it
     * @return the order ({@code ORDERS_ID}) the status was recorded for
     * @throws OrderStatusException with the Commerce error key ({@link StatusErrorKeys}) when the message cannot be
     *                              applied; redelivering it would fail the same way
     */
    long execute(CommandInvocation invocation);
}
