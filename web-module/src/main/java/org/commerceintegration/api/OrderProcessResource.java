package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.outbound.order.OrderProcess;

/**
 * {@code POST /api/orders/{ordersId}/process}: tells the back end about an order through the {@code OrderMessagingCmd}
 * registered for its store, for scripts (HTTP Basic). Answers 202 Accepted: the message is stored and leaves as soon
 * as the request's transaction has committed; the body names the implementation, the message type, the
 * {@code MSGSTORE} id and the correlation id to look for on the queue. The path is declared whole on the class, beside
 * {@code orders/{ordersId}/status}, so that neither resource shadows the other.
 */
@Path("orders/{ordersId}/process")
@RequestScoped
public class OrderProcessResource {

    @EJB
    private OrderProcess orderProcess;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public Response process(@PathParam("ordersId") String ordersId) {
        return Response.accepted(orderProcess.process(Ids.parse("ordersId", ordersId)))
                .build();
    }
}
