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
import java.util.List;
import java.util.Map;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.order.OrderNotFoundException;
import org.commerceintegration.problem.InvalidRequestException;
import org.commerceintegration.status.OrderStatusQueries;
import org.commerceintegration.status.OrderUserDatum;
import org.commerceintegration.status.StatusTableRows;
import org.commerceintegration.status.StatusTableRows.StatusList;

/**
 * {@code GET /api/orders/{ordersId}/status}: the back end's view of an order as Commerce's tables hold it
 * ({@code ORDSTAT} and {@code ORDISTAT} rows with their column names as keys, current rows first, then the
 * history by version), the user data the messages carried, the inbound messages seen for the order and the outbound
 * messages sent for it.
 */
@Path("orders/{ordersId}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
public class OrderStatusResource {

    /** User data as the console shows it. */
    public record UserDataView(Long orderItemId, String name, String value, String received) {}

    /**
     * The order page's data: one page ({@code offset}, {@code limit}) of each list, and each list's size in
     * {@code totals} ({@code ordstat}, {@code ordistat}, {@code messages}, {@code outbound}).
     */
    public record OrderStatusView(
            long ordersId,
            int offset,
            int limit,
            Map<String, Long> totals,
            List<Map<String, Object>> ordstat,
            List<Map<String, Object>> ordistat,
            List<UserDataView> userData,
            List<Map<String, Object>> messages,
            List<Map<String, Object>> outbound) {}

    @EJB
    private StatusTableRows rows;

    @EJB
    private OrderStatusQueries queries;

    @GET
    public OrderStatusView status(
            @PathParam("ordersId") String ordersId,
            @QueryParam("offset") String offsetParam,
            @QueryParam("limit") String limitParam) {
        int offset = Params.integer("offset", offsetParam, 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer("limit", limitParam, 100, 1, StatusTableRows.MAX_PAGE);
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
        Map<String, Long> totals = new java.util.LinkedHashMap<>();
        for (StatusList list : StatusList.values()) {
            totals.put(list.name().toLowerCase(java.util.Locale.ROOT), rows.count(list, id));
        }
        return new OrderStatusView(
                id,
                offset,
                limit,
                totals,
                rows.page(StatusList.ORDSTAT, id, offset, limit),
                rows.page(StatusList.ORDISTAT, id, offset, limit),
                userData,
                rows.page(StatusList.MESSAGES, id, offset, limit),
                rows.page(StatusList.OUTBOUND, id, offset, limit));
    }

    private static UserDataView view(OrderUserDatum datum) {
        return new UserDataView(
                datum.getOrderItemId(),
                datum.getName(),
                datum.getValue(),
                datum.getReceived() == null ? null : datum.getReceived().toString());
    }
}
