package org.commerceintegration.status;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the status commands recorded for an order, for the console and the API: the current and historical
 * {@code ORDSTAT}/{@code ORDISTAT} rows and the user data. Read-only; the entities returned are detached.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrderStatusQueries {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    /** The order's current status ({@code OSVERNBR} 0, or the single unversioned row), if any was received. */
    public Optional<OrderStatusRecord> currentStatus(long ordersId) {
        List<OrderStatusRecord> rows = entityManager
                .createQuery(
                        "SELECT s FROM OrderStatusRecord s"
                                + " WHERE s.ordersId = :id AND " + StatusRepository.CURRENT_STATUS
                                + " ORDER BY s.versionNumber DESC, s.id",
                        OrderStatusRecord.class)
                .setParameter("id", ordersId)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** The order's earlier statuses (history rows), newest first. */
    public List<OrderStatusRecord> statusHistory(long ordersId) {
        return entityManager
                .createQuery(
                        "SELECT s FROM OrderStatusRecord s WHERE s.ordersId = :id"
                                + " AND s.versionNumber > 0 ORDER BY s.versionNumber DESC",
                        OrderStatusRecord.class)
                .setParameter("id", ordersId)
                .getResultList();
    }

    /** The current status of each reported item, by order item id. */
    public List<OrderItemStatusRecord> currentItemStatuses(long ordersId) {
        return entityManager
                .createQuery(
                        "SELECT i FROM OrderItemStatusRecord i WHERE i.ordersId = :id AND "
                                + StatusRepository.CURRENT_ITEM + " ORDER BY i.orderItemId, i.id",
                        OrderItemStatusRecord.class)
                .setParameter("id", ordersId)
                .getResultList();
    }

    /** The earlier statuses of the order's items, by order item id, each item's newest first. */
    public List<OrderItemStatusRecord> itemStatusHistory(long ordersId) {
        return entityManager
                .createQuery(
                        "SELECT i FROM OrderItemStatusRecord i WHERE i.ordersId = :id"
                                + " AND i.versionNumber > 0 ORDER BY i.orderItemId, i.merchantItemNumber,"
                                + " i.versionNumber DESC",
                        OrderItemStatusRecord.class)
                .setParameter("id", ordersId)
                .getResultList();
    }

    /** The user data received for the order and its items, in the order it arrived. */
    public List<OrderUserDatum> userData(long ordersId) {
        return entityManager
                .createQuery(
                        "SELECT d FROM OrderUserDatum d WHERE d.ordersId = :id" + " ORDER BY d.received, d.id",
                        OrderUserDatum.class)
                .setParameter("id", ordersId)
                .getResultList();
    }
}
