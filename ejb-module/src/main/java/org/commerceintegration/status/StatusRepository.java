package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The queries of the OrderStatus commands, each one statement, so that applying a message costs a fixed number of
 * round trips whatever its item count: the current {@code ORDSTAT} row, the order's current {@code ORDISTAT} rows,
 * the order's item ids, and the history numbers only when versioning asks for them.
 *
 * <p>Locking: every message first locks its order's {@code ORDERS} row ({@code SELECT ... FOR UPDATE}; read, never
 * written), and only then reads the status rows, unlocked. Messages for one order on the parallel queue so apply one
 * after the other (no lost update, no two "first" rows), and since every message takes its locks in the same order
 * they cannot deadlock. Locking the {@code ORDSTAT} row instead does deadlock: inserting into {@code ORDSTAT},
 * {@code ORDISTAT} or {@code CI_ORDER_USERDATA} takes a shared lock on the {@code ORDERS} row for the foreign key,
 * so a message holding the status row would wait for a first-status message holding the order, and vice versa.
 * The price: Commerce's own writes to that order wait for the status message's transaction (milliseconds).
 *
 * <p>Internal to the status commands; public only because CDI proxies it.
 */
@ApplicationScoped
public class StatusRepository {

    /**
     * Which rows are current: version 0, or no version at all (rows written before versioning was ever used,
     * e.g. by Commerce itself).
     */
    static final String CURRENT_STATUS = "(s.versionNumber = 0 OR s.versionNumber IS NULL)";

    static final String CURRENT_ITEM = "(i.versionNumber = 0 OR i.versionNumber IS NULL)";

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    /** The order's current status row, or {@code null}; call after {@link #lockOrder(long)}. */
    public OrderStatusRecord currentStatus(long ordersId) {
        return preferVersionZero(entityManager
                .createQuery(
                        "SELECT s FROM OrderStatusRecord s WHERE s.ordersId = :id AND " + CURRENT_STATUS,
                        OrderStatusRecord.class)
                .setParameter("id", ordersId)
                .getResultList());
    }

    /** The orders whose current status holds a merchant order number (not locked; may contain {@code null}). */
    public Set<Long> ordersWithMerchantOrderNumber(String merchantOrderNumber) {
        return new HashSet<>(entityManager
                .createQuery(
                        "SELECT s.ordersId FROM OrderStatusRecord s" + " WHERE s.merchantOrderNumber = :number AND "
                                + CURRENT_STATUS,
                        Long.class)
                .setParameter("number", merchantOrderNumber)
                .getResultList());
    }

    /**
     * Locks the order's {@code ORDERS} row for the rest of the transaction, before any status row is read (see the
     * class comment). Nothing of the order is changed (spec G-31). Only the store is selected: a pessimistic lock on
     * a scalar query locks the row all the same (JPA 3.1, 3.10.9), without reading the order's other columns into an
     * entity the transaction would then track.
     *
     * @return the order's store ({@code STOREENT_ID}), or {@code null} when the order does not exist
     */
    public Integer lockOrder(long ordersId) {
        List<Integer> stores = entityManager
                .createQuery("SELECT o.storeId FROM Order o WHERE o.id = :id", Integer.class)
                .setParameter("id", ordersId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return stores.isEmpty() ? null : stores.get(0);
    }

    /** The order's current item status rows (not history), in key order. */
    public List<OrderItemStatusRecord> currentItemStatuses(long ordersId) {
        return entityManager
                .createQuery(
                        "SELECT i FROM OrderItemStatusRecord i WHERE i.ordersId = :id AND " + CURRENT_ITEM
                                + " ORDER BY i.id",
                        OrderItemStatusRecord.class)
                .setParameter("id", ordersId)
                .getResultList();
    }

    /** The ids of the order's items in {@code ORDERITEMS}. */
    public Set<Long> orderItemIds(long ordersId) {
        return new HashSet<>(entityManager
                .createQuery("SELECT oi.id FROM OrderItem oi WHERE oi.ordersId = :id", Long.class)
                .setParameter("id", ordersId)
                .getResultList());
    }

    /** The highest {@code OSVERNBR} of the order, 0 when it has no history. */
    public int maxStatusVersion(long ordersId) {
        Integer max = entityManager
                .createQuery(
                        "SELECT MAX(s.versionNumber) FROM OrderStatusRecord s" + " WHERE s.ordersId = :id",
                        Integer.class)
                .setParameter("id", ordersId)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /** The highest {@code OIVERNBR} of each item of the order that has history. */
    public List<ItemHistoryNumbers.Highest> itemHistoryMaxima(long ordersId) {
        List<Object[]> rows = entityManager
                .createQuery(
                        "SELECT i.orderItemId, i.merchantItemNumber,"
                                + " MAX(i.versionNumber) FROM OrderItemStatusRecord i WHERE i.ordersId = :id"
                                + " AND i.versionNumber > 0 GROUP BY i.orderItemId, i.merchantItemNumber",
                        Object[].class)
                .setParameter("id", ordersId)
                .getResultList();
        List<ItemHistoryNumbers.Highest> maxima = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            maxima.add(new ItemHistoryNumbers.Highest((Long) row[0], (String) row[1], ((Number) row[2]).intValue()));
        }
        return maxima;
    }

    public void persist(Object row) {
        entityManager.persist(row);
    }

    private static OrderStatusRecord preferVersionZero(List<OrderStatusRecord> rows) {
        for (OrderStatusRecord row : rows) {
            if (row.getVersionNumber() != null && row.getVersionNumber() == 0) {
                return row;
            }
        }
        return rows.isEmpty() ? null : rows.get(0);
    }
}
