package org.commerceintegration.monitoring.listener;

import org.commerceintegration.monitoring.ManagedQueue;

/**
 * Used where the server offers no way to pause message endpoints: reports so, and refuses to pretend.
 */
final class UnsupportedListenerControl implements ListenerControl {

    private static final String WHY = "this server offers no way to pause message endpoints";

    @Override
    public String mechanism() {
        return "none";
    }

    @Override
    public ListenerStatus status(ManagedQueue queue) {
        return ListenerStatus.unsupported(WHY);
    }

    @Override
    public void pause(ManagedQueue queue) {
        throw new ListenerControlException("Cannot pause the listener on " + queue.name() + ": " + WHY, true);
    }

    @Override
    public void resume(ManagedQueue queue) {
        throw new ListenerControlException("Cannot resume the listener on " + queue.name() + ": " + WHY, true);
    }
}
