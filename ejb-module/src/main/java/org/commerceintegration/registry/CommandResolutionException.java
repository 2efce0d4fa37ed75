package org.commerceintegration.registry;

import jakarta.ejb.ApplicationException;

/**
 * A command cannot be resolved: no {@code CMDREG} row for the store or the site, or a row whose {@code CLASSNAME}
 * names no known implementation. The message names the row so that an administrator can fix it.
 */
@ApplicationException(rollback = true)
public class CommandResolutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandResolutionException(String message) {
        super(message);
    }
}
