package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.ManagedQueues;
import org.commerceintegration.monitoring.listener.ListenerControlException;
import org.commerceintegration.monitoring.listener.ListenerStatus;
import org.commerceintegration.monitoring.listener.Listeners;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The inbound listeners: their state, pause and resume (operators), audited. {@code {queue}} is the inbound queue the
 * listener consumes. A paused listener leaves messages on its queue until resumed or the server restarts.
 */
@Path("listeners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listeners", description = "Pause and resume the inbound listeners")
public class ListenersResource {

    /** A listener and its state. */
    public record ListenerView(String queue, ListenerStatus status) {}

    @EJB
    private Listeners listeners;

    @Inject
    private ManagedQueues queues;

    @GET
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(summary = "The inbound listeners and their state")
    public List<ListenerView> all() {
        return queues.all().stream()
                .filter(ManagedQueue::hasListener)
                .map(q -> new ListenerView(q.name(), listeners.status(q)))
                .toList();
    }

    @POST
    @Path("{queue}/pause")
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(summary = "Pause the listener of an inbound queue: messages stay on the queue")
    public ListenerView pause(@PathParam("queue") String queue) {
        return change(queue, true);
    }

    @POST
    @Path("{queue}/resume")
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(summary = "Resume the listener of an inbound queue")
    public ListenerView resume(@PathParam("queue") String queue) {
        return change(queue, false);
    }

    private ListenerView change(String queue, boolean pause) {
        try {
            return new ListenerView(queue, pause ? listeners.pause(queue) : listeners.resume(queue));
        } catch (ListenerControlException e) {
            throw new WebApplicationException(
                    e.getMessage(), e.unsupported() ? Response.Status.NOT_IMPLEMENTED : Response.Status.CONFLICT);
        }
    }
}
