package org.commerceintegration.registry;

import java.util.Objects;

/**
 * What {@link CommandRegistry#resolve} found: the command to run and the {@code CMDREG.CLASSNAME} that chose it, from
 * one reading of the registry, so that what ran and what is reported as having run cannot differ.
 *
 * @param command   the implementation bean
 * @param className the row's {@code CLASSNAME} as stored, e.g. {@code com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl}
 */
public record ResolvedCommand<T>(T command, String className) {

    public ResolvedCommand {
        Objects.requireNonNull(command, "command");
    }
}
