package org.commerceintegration.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.ejb.EJB;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.commerceintegration.catalog.CatalogEntry;
import org.commerceintegration.catalog.CatalogEntryDescription;
import org.commerceintegration.member.Address;
import org.commerceintegration.member.UserRegistration;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderItem;
import org.commerceintegration.order.ShipMode;
import org.commerceintegration.outbound.StoredMessage;
import org.commerceintegration.registry.CommandRegistration;
import org.commerceintegration.status.OrderItemStatusRecord;
import org.commerceintegration.status.OrderStatusRecord;
import org.commerceintegration.store.Store;
import org.commerceintegration.store.StoreAddress;
import org.commerceintegration.store.StoreDescription;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.EntityStore;
import org.commerceintegration.testsupport.Jdbc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every entity writes every mapped column and reads back the same value from the real database: catches a wrong
 * column name, type, length or scale in the mappings and in the Liquibase schema alike.
 */
@ExtendWith(ArquillianExtension.class)
class EntityRoundTripIT {

    /** Keys far from the demo data so the test can run against a database that holds it. */
    private static final AtomicLong KEYS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000) * 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(EntityRoundTripIT.class);
    }

    @EJB
    private EntityStore store;

    /**
     * The sample CMDREG row names no implementation; left behind, every later registry reload would report it, and
     * CommandRegistryIT (which requires every row to resolve) fails whenever it runs after this test.
     */
    @AfterEach
    void removeSampleRegistration() {
        Jdbc.execute("delete from CMDREG where INTERFACENAME like 'interfaceName%'");
    }

    @Test
    void everyEntityRoundTripsEveryColumn() throws Exception {
        int storeId = (int) (KEYS.incrementAndGet() % 1_000_000_000L);
        Store storeEntity = filled(new Store(), Map.of("id", storeId));
        Order order = filled(new Order(), Map.of("storeId", storeId));
        OrderItem item = filled(new OrderItem(), Map.of("storeId", storeId));
        order.addItem(item);
        CatalogEntry catalogEntry = filled(new CatalogEntry(), Map.of());
        OrderStatusRecord orderStatus = filled(new OrderStatusRecord(), Map.of("ordersId", order.getId()));
        OrderItemStatusRecord itemStatus =
                filled(new OrderItemStatusRecord(), Map.of("ordersId", order.getId(), "orderItemId", item.getId()));
        List<Object> entities = List.of(
                storeEntity,
                order,
                item,
                catalogEntry,
                filled(new StoreDescription(), Map.of("storeId", storeId)),
                filled(new StoreAddress(), Map.of()),
                filled(new UserRegistration(), Map.of()),
                filled(new Address(), Map.of()),
                filled(new CatalogEntryDescription(), Map.of("catalogEntryId", catalogEntry.getId())),
                filled(new ShipMode(), Map.of("storeId", storeId)),
                orderStatus,
                itemStatus,
                filled(new StoredMessage(), Map.of("storeId", storeId)),
                filled(new CommandRegistration(), Map.of("storeId", storeId)));

        store.persistAll(entities);

        assertNotNull(orderStatus.getId(), "ORDSTAT_ID generated from its sequence");
        assertNotNull(itemStatus.getId(), "ORDISTAT_ID generated from its sequence");
        for (Object written : entities) {
            Object read = store.find(written.getClass(), store.idOf(written));
            assertNotNull(read, "read back " + written.getClass().getSimpleName());
            assertSameColumns(written, read);
        }
        assertEquals(14, entities.size(), "every entity of the schema is checked");
        assertEquals(order.getId(), store.find(OrderItem.class, item.getId()).getOrdersId());

        // The registration names no real command; leave the registry as the other tests expect it.
        Jdbc.execute("delete from CMDREG where STOREENT_ID = " + storeId);
    }

    /** An entity with a distinct value in every column, except generated keys and the version counter. */
    private static <T> T filled(T entity, Map<String, Object> fixed) throws IllegalAccessException {
        for (Field field : entity.getClass().getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column == null
                    || field.isAnnotationPresent(Version.class)
                    || field.isAnnotationPresent(GeneratedValue.class)
                    || !column.insertable()) {
                continue;
            }
            field.setAccessible(true);
            Object value = fixed.containsKey(field.getName())
                    ? fixed.get(field.getName())
                    : sample(field, column, field.isAnnotationPresent(Id.class));
            field.set(entity, value);
        }
        return entity;
    }

    private static Object sample(Field field, Column column, boolean key) {
        long n = KEYS.incrementAndGet();
        Class<?> type = field.getType();
        if (type == String.class) {
            String text = (field.getName() + n);
            int length = column.length() > 0 ? column.length() : 255;
            return text.length() > length ? text.substring(text.length() - length) : text;
        }
        if (type == Long.class) {
            return n;
        }
        if (type == Integer.class) {
            return (int) (n % 1_000_000_000L);
        }
        if (type == Double.class) {
            return n + 0.25;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(n % 100_000 + ".12345");
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2024, 3, 1, 14, 30, 15)
                    .plusSeconds(n % 100_000)
                    .withNano(123_456_000);
        }
        if (type == byte[].class) {
            return ("payload-" + n + "-\u00e9").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new IllegalStateException("no sample for " + type + " " + field + (key ? " (key)" : ""));
    }

    private static void assertSameColumns(Object written, Object read) throws IllegalAccessException {
        for (Field field : written.getClass().getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column == null) {
                continue;
            }
            field.setAccessible(true);
            Object expected = field.get(written);
            Object actual = field.get(read);
            String what = written.getClass().getSimpleName() + "." + field.getName() + " (" + column.name() + ")";
            if (expected instanceof BigDecimal e) {
                assertEquals(0, e.compareTo((BigDecimal) actual), what + ": " + e + " vs " + actual);
            } else if (expected instanceof byte[] e) {
                assertArrayEquals(e, (byte[]) actual, what);
            } else {
                assertEquals(expected, actual, what);
            }
        }
    }
}
