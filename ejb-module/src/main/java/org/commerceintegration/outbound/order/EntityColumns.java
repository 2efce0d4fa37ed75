package org.commerceintegration.outbound.order;

import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an entity's values by database column name ({@code LASTNAME}, {@code TOTALPRODUCT}), from the {@link Column}
 * mappings of its fields. This lets the legacy layout file's {@code target=TABLE.COLUMN} attributes choose the values,
 * so that a corrected layout (spec G-6) needs no code change, and keeps the column names in one place: the entities.
 * Only basic columns are read, never relationships. The field list of each class is computed once.
 */
final class EntityColumns {

    private static final ClassValue<Map<String, Field>> COLUMNS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> columns = new LinkedHashMap<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (column != null && !column.name().isEmpty()) {
                        field.setAccessible(true);
                        columns.putIfAbsent(column.name().toUpperCase(java.util.Locale.ROOT), field);
                    }
                }
            }
            return Collections.unmodifiableMap(columns);
        }
    };

    private EntityColumns() {}

    /** The column names an entity class maps. */
    static Set<String> columns(Class<?> entityType) {
        return COLUMNS.get(entityType).keySet();
    }

    /**
     * The value of a column of the entity.
     *
     * @throws IllegalArgumentException when the entity maps no such column
     */
    static Object value(Object entity, String column) {
        Field field = COLUMNS.get(entity.getClass()).get(column);
        if (field == null) {
            throw new IllegalArgumentException(entity.getClass().getSimpleName() + " maps no column " + column);
        }
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(
                    "Cannot read column " + column + " of " + entity.getClass().getName(), e);
        }
    }
}
