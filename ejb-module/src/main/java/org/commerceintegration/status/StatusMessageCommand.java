package org.commerceintegration.status;

/**
 * What every command of the OrderStatus family does: apply one status message to {@code ORDSTAT}/{@code ORDISTAT}.
 * The Commerce command interfaces ({@link OrderStatusCmd}, {@link OrderConfirmCmd}, {@link OrderShippingCmd},
 * {@link OrderInvoiceCmd}) extend it, so {@link StatusCommandRunner} can run any of them the same way.
 *
 * <p>Not itself a registry interface (no {@code @CommandInterface}): each Commerce interface has its own
 * {@code CMDREG} row, so a site can replace one variant without the others.
 */
public interface StatusMessageCommand {

    /**
     * Applies one status message, in the caller's transaction (one message = one transaction). On failure the
     * runner marks the transaction for rollback and nothing of the message remains.
     *
     * @param update the message parsed, its order found and locked
     * @return the order ({@code ORDERS_ID}) the status was recorded for
     * @throws OrderStatusException with the Commerce error key ({@link StatusErrorKeys}) when the message cannot be
     *                              applied; redelivering it would fail the same way
     */
    long execute(StatusUpdate update);
}
