package org.commerceintegration.store;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The stores of the database with their display names, for pages that list per-store settings.
 */
@Stateless
public class StoreDirectory {

    /** A store and the name to show for it. */
    public record StoreName(int id, String name) {}

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    public List<StoreName> stores() {
        return entityManager
                .createQuery(
                        "SELECT s.id, s.identifier, d.displayName FROM Store s "
                                + "LEFT JOIN StoreDescription d ON d.storeId = s.id AND d.languageId = -1 "
                                + "WHERE s.id <> 0 ORDER BY s.id",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new StoreName((Integer) row[0], row[2] != null ? (String) row[2] : (String) row[1]))
                .toList();
    }
}
