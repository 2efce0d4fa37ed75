package org.commerceintegration.outbound;

import jakarta.ejb.ApplicationException;

/**
 * No unsent message with that id: it was sent meanwhile, deleted, or never existed.
 * Nothing has been changed when it is thrown, so it leaves the caller's transaction alone.
 */
@ApplicationException(rollback = false)
public class UnsentMessageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long messageId;

    public UnsentMessageNotFoundException(long messageId) {
        super("No unsent message " + messageId + " in MSGSTORE (sent meanwhile, deleted, or never stored)");
        this.messageId = messageId;
    }

    public long messageId() {
        return messageId;
    }
}
