package org.commerceintegration.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.registry.CommandResolutionException;
import org.commerceintegration.status.OrderStatusCmd;

/**
 * Runs the command a mapper named, resolved through the command registry so that a site can register its own
 * implementation in {@code CMDREG}.
 */
@ApplicationScoped
public class InboundCommands {

    @Inject
    private CommandRegistry registry;

    /** @return the order the command acted on, if it names one */
    public Long execute(CommandInvocation invocation) {
        if ("OrderStatus".equals(invocation.commandName())) {
            return registry.resolve(CommandRegistry.SITE_STORE_ID, OrderStatusCmd.class).execute(invocation);
        }
        throw new CommandResolutionException("No command interface for '" + invocation.commandName() + "'");
    }
}
