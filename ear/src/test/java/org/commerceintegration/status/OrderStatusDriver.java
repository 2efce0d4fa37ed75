package org.commerceintegration.status;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.commerceintegration.command.CommandInvocation;

/**
 * Runs status commands the way the inbound path does: through {@link StatusCommandRunner} (and so through
 * {@code CMDREG}), one container transaction per message.
 */
@Stateless
public class OrderStatusDriver {

    @Inject
    StatusCommandRunner commands;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** One message, one transaction (REQUIRED): committed when it returns, rolled back when it throws. */
    public long apply(CommandInvocation invocation) {
        return commands.run(invocation);
    }

    /** A caller that forgot its transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long applyWithoutTransaction(CommandInvocation invocation) {
        return commands.run(invocation);
    }

    /**
     * A dispatcher that catches the command's failure (to route the message to the error queue) and returns normally:
     * whether the message's transaction was left rollback-only, so that nothing of the message can be committed.
     */
    public boolean failureLeavesTransactionRollbackOnly(CommandInvocation invocation) {
        try {
            commands.run(invocation);
            return false;
        } catch (OrderStatusException expected) {
            return transactions.getRollbackOnly();
        }
    }
}
