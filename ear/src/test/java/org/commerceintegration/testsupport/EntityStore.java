package org.commerceintegration.testsupport;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.commerceintegration.schema.SchemaMigration;

/**
 * Test access to the application's persistence unit: each call is one container transaction, as in the application.
 */
@Stateless
public class EntityStore {

    private EntityManager entityManager() {
        try {
            return (EntityManager) new InitialContext().lookup(SchemaMigration.APPLICATION_PERSISTENCE_CONTEXT);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Persists the entities in order, in one transaction, flushing after each so later ones may refer to earlier. */
    public void persistAll(List<Object> entities) {
        for (Object entity : entities) {
            entityManager().persist(entity);
            entityManager().flush();
        }
    }

    public <T> T find(Class<T> type, Object id) {
        return entityManager().find(type, id);
    }

    public Object idOf(Object entity) {
        return entityManager()
                .getEntityManagerFactory()
                .getPersistenceUnitUtil()
                .getIdentifier(entity);
    }
}
