package org.commerceintegration.inbound;

import jakarta.ejb.ApplicationException;

/**
 * One block of a message with several (e.g. the second {@code OrderStatus} of an {@code Update_NC_OrderStatus})
 * could not be applied, so none of the message is: the cause says why, {@link #block()} says where, and the error
 * queue's reason carries both. An application exception, so the EJB container rolls back and passes it on as it is.
 */
@ApplicationException(rollback = true)
public class BlockFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String block;
    private final int index;

    BlockFailedException(String commandName, int index, RuntimeException cause) {
        super(commandName + " block " + index + ": " + cause.getMessage(), cause);
        this.block = commandName + " block " + index;
        this.index = index;
    }

    /** The failing block's position in the message, from 1. */
    public int index() {
        return index;
    }

    /** Which block failed, e.g. {@code OrderStatus block 2}. */
    public String block() {
        return block;
    }
}
