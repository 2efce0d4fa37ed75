package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.commerceintegration.order.OrderNotFoundException;
import org.commerceintegration.problem.InvalidRequestException;
import org.commerceintegration.security.Roles;
import org.commerceintegration.status.OrderStatusQueries;
import org.commerceintegration.status.OrderUserDatum;
import org.commerceintegration.status.StatusTableRows;

/**
 * {@code GET /api/orders/{ordersId}/status}: the back end's view of an order as Commerce's tables hold it
 * ({@code ORDSTAT} and {@code ORDISTAT} rows with their column names as keys, current rows first, then the
 * history by version), the user data the messages carried, and the inbound messages seen for the order.
 */
@Path("orders/{ordersId}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
public class OrderStatusResource {

    /** User data as the console shows it. */
    public record UserDataView(Long orderItemId, String name, String value, String received) {}

    /** The order page's data. */
    public record OrderStatusView(
            long ordersId,
            List<Map<String, Object>> ordstat,
            List<Map<String, Object>> ordistat,
            List<UserDataView> userData,
            List<Map<String, Object>> messages) {}

    @EJB
    private StatusTableRows rows;

    @EJB
    private OrderStatusQueries queries;

    @GET
    public OrderStatusView status(@PathParam("ordersId") String ordersId) {
        long id;
        try {
            id = Long.parseLong(ordersId.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("ordersId must be a number: '" + ordersId + "'");
        }
        if (!rows.orderExists(id)) {
            throw new OrderNotFoundException(id);
        }
        List<UserDataView> userData =
                queries.userData(id).stream().map(OrderStatusResource::view).toList();
        return new OrderStatusView(id, rows.orderRows(id), rows.itemRows(id), userData, rows.messages(id));
    }

    private static UserDataView view(OrderUserDatum datum) {
        return new UserDataView(
                datum.getOrderItemId(),
                datum.getName(),
                datum.getValue(),
                datum.getReceived() == null ? null : datum.getReceived().toString());
    }
}
