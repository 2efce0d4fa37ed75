package org.commerceintegration.messages;

import jakarta.ejb.ApplicationException;
import org.commerceintegration.problem.NotFoundException;

/** No record and no error-queue message knows that message id (the API answers 404). */
@ApplicationException(rollback = true)
public class UnknownMessageException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownMessageException(String messageId) {
        super("No message " + messageId + " is recorded or on the error queue");
    }
}
