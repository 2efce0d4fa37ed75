package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.messages.FoundMessages;
import org.commerceintegration.messages.Journey;
import org.commerceintegration.messages.MessageCriteria;
import org.commerceintegration.messages.MessageJourneys;
import org.commerceintegration.messages.MessageSearch;
import org.commerceintegration.problem.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/messages}: find any message, inbound, outbound or on the error queue, newest first; and
 * {@code GET /api/messages/{messageId}/journey}: what happened to it, from receipt to its outcome through failures and
 * replays. Only these two sub-paths: {@code messages/dry-run} belongs to another resource.
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
@Tag(name = "Messages", description = "Find any message and follow its journey")
public class MessagesResource {

    @EJB
    private MessageSearch search;

    @EJB
    private MessageJourneys journeys;

    @GET
    @Operation(summary = "Messages matching every criterion given, newest first, one page")
    public FoundMessages find(
            @QueryParam("ordersId") String ordersId,
            @QueryParam("merchantOrderNumber") String merchantOrderNumber,
            @QueryParam("messageId") String messageId,
            @QueryParam("correlationId") String correlationId,
            @QueryParam("outcome") String outcome,
            @QueryParam("queue") String queue,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return search.search(new MessageCriteria(
                ordersId(ordersId),
                merchantOrderNumber,
                messageId,
                correlationId,
                outcome,
                queue,
                MessageCriteria.time("from", from),
                MessageCriteria.time("to", to),
                Params.integer("offset", offset, 0, 0, MessageCriteria.MAX_OFFSET),
                Params.integer("limit", limit, 50, 1, MessageCriteria.MAX_LIMIT)));
    }

    @GET
    @Path("{messageId}/journey")
    @Operation(summary = "The message's journey: received, applied or failed, error queue, replays, in order")
    public Journey journey(@PathParam("messageId") String messageId) {
        return journeys.journey(messageId);
    }

    private static Long ordersId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("ordersId must be a whole number, not '" + text + "'");
        }
    }
}
