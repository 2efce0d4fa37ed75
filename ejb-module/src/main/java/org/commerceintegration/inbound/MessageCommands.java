package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.status.StatusCommandRunner;

/**
 * Runs a mapped message's commands, one per block in document order, in the caller's transaction: the listener's
 * {@link MessageProcessor} and the dry run run a message the same way, so that a dry run answers what the listener
 * would do. A failing block fails the whole message; when there are several, {@link BlockFailedException} names it.
 */
@ApplicationScoped
public class MessageCommands {

    @Inject
    private StatusCommandRunner statusCommands;

    /**
     * @return the order each block was recorded for, in block order
     * @throws RuntimeException the command's own failure for a one-block message, else a {@link BlockFailedException}
     */
    public List<Long> run(List<CommandInvocation> invocations) {
        List<Long> orders = new ArrayList<>(invocations.size());
        for (int block = 1; block <= invocations.size(); block++) {
            CommandInvocation invocation = invocations.get(block - 1);
            try {
                orders.add(statusCommands.run(invocation));
            } catch (RuntimeException e) {
                if (invocations.size() == 1) {
                    throw e;
                }
                throw new BlockFailedException(invocation.commandName(), block, e);
            }
        }
        return orders;
    }
}
