package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.registry.CommandResolutionException;
import org.commerceintegration.status.StatusCommandRunner;

/**
 * Runs the command a mapper named. Every command is resolved through the command registry (in the order's store,
 * else the site), so a site can register its own implementation in {@code CMDREG}.
 */
@ApplicationScoped
public class InboundCommands {

    @Inject
    private StatusCommandRunner statusCommands;

    /** @return the order the command acted on */
    public Long execute(CommandInvocation invocation) {
        if (StatusCommandRunner.handles(invocation.commandName())) {
            return statusCommands.execute(invocation);
        }
        throw new CommandResolutionException("No command is registered for '" + invocation.commandName() + "'");
    }
}
