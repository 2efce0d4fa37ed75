package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.outbound.SendAttempt;
import org.commerceintegration.outbound.SendOutcome;
import org.commerceintegration.outbound.UnsentMessage;
import org.commerceintegration.outbound.UnsentMessages;

/**
 * The Commerce "Unsent messages" actions on {@code MSGSTORE} ({@code /api/unsent}); the id is {@code MSGID}.
 * Viewers read; operators send again and increment retries; only administrators delete, because a deleted message
 * is never sent.
 */
@Path("/unsent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnsentMessagesResource {

    @EJB
    private UnsentMessages unsent;

    /** The header saying how many rows there are in all, counted by the database. */
    static final String TOTAL_HEADER = "X-Total-Count";

    /** One page, oldest first ({@code offset} default 0, {@code limit} 1-500, default 100); the total in a header. */
    @GET
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public Response list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        List<UnsentMessage> page = unsent.list(
                Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.integer("limit", limit, 100, 1, UnsentMessages.MAX_PAGE));
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE)
                .header(TOTAL_HEADER, unsent.count())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public UnsentMessage get(@PathParam("id") String id) {
        return unsent.get(Ids.parse("id", id));
    }

    /** The stored bytes exactly as they will be sent. */
    @GET
    @Path("{id}/body")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public byte[] body(@PathParam("id") String id) {
        return unsent.body(Ids.parse("id", id));
    }

    /** 200 with the outcome; 503 when the messaging provider refused it again (the row stays, error recorded). */
    @POST
    @Path("{id}/send")
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public Response send(@PathParam("id") String id) {
        SendAttempt attempt = unsent.sendAgain(Ids.parse("id", id));
        int status = attempt.outcome() == SendOutcome.FAILED ? 503 : 200;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(attempt)
                .build();
    }

    @POST
    @Path("{id}/retries")
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public UnsentMessage incrementRetries(@PathParam("id") String id) {
        return unsent.incrementRetries(Ids.parse("id", id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(AccessRoles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        unsent.delete(Ids.parse("id", id));
        return Response.noContent().build();
    }
}
