package org.commerceintegration.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * History copies carry every mapped column: fails when a column is added to an entity but not to {@link HistoryRows}.
 */
class HistoryRowsTest {

    @Test
    void orderStatusCopyHasEveryColumn() throws Exception {
        OrderStatusRecord row = filled(new OrderStatusRecord());
        OrderStatusRecord copy = HistoryRows.copyOf(row, 7);
        assertEquals(7, copy.getVersionNumber());
        assertSameColumns(row, copy);
    }

    @Test
    void itemStatusCopyHasEveryColumn() throws Exception {
        OrderItemStatusRecord row = filled(new OrderItemStatusRecord());
        OrderItemStatusRecord copy = HistoryRows.copyOf(row, 3);
        assertEquals(3, copy.getVersionNumber());
        assertSameColumns(row, copy);
    }

    @Test
    void historyNumbersFollowTheHighestOfTheItemByEitherId() {
        OrderItemStatusRecord row = new OrderItemStatusRecord();
        row.setOrderItemId(20002L);
        row.setMerchantItemNumber("BE-LINE-1                     ");
        ItemHistoryNumbers numbers = new ItemHistoryNumbers(List.of(
                new ItemHistoryNumbers.Highest(null, "BE-LINE-1                     ", 4),
                new ItemHistoryNumbers.Highest(20002L, "BE-LINE-1                     ", 2),
                new ItemHistoryNumbers.Highest(20001L, "BE-LINE-0", 9)));
        assertEquals(5, numbers.next(row));
        assertEquals(6, numbers.next(row), "an item updated twice in one message");
        OrderItemStatusRecord other = new OrderItemStatusRecord();
        other.setOrderItemId(20003L);
        assertEquals(1, numbers.next(other));
    }

    private static <T> T filled(T entity) throws IllegalAccessException {
        int n = 1;
        for (Field field : fields(entity)) {
            Class<?> type = field.getType();
            Object value = type == String.class
                    ? "v" + n
                    : type == Long.class
                            ? (long) n
                            : type == Integer.class
                                    ? n
                                    : type == BigDecimal.class
                                            ? new BigDecimal(n + ".5")
                                            : type == LocalDateTime.class
                                                    ? LocalDateTime.of(2024, 1, n % 28 + 1, 0, 0)
                                                    : null;
            assertNotNull(value, "test knows the type of " + field.getName());
            field.set(entity, value);
            n++;
        }
        return entity;
    }

    private static void assertSameColumns(Object row, Object copy) throws IllegalAccessException {
        for (Field field : fields(row)) {
            if (field.getName().equals("versionNumber")) {
                continue;
            }
            assertEquals(field.get(row), field.get(copy), field.getName() + " is copied");
        }
        Field id = idField(copy);
        assertNull(id.get(copy), "the copy gets its own key");
    }

    /** Mapped columns except the key and the optimistic counter. */
    private static List<Field> fields(Object entity) {
        return java.util.Arrays.stream(entity.getClass().getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Column.class)
                        && !f.isAnnotationPresent(Id.class)
                        && !f.isAnnotationPresent(Version.class))
                .peek(f -> f.setAccessible(true))
                .toList();
    }

    private static Field idField(Object entity) {
        Field id = java.util.Arrays.stream(entity.getClass().getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Id.class))
                .findFirst()
                .orElseThrow();
        id.setAccessible(true);
        return id;
    }
}
