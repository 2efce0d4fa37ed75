package org.commerceintegration.transfer;

import java.util.Arrays;

/** The JMS property types and how a message file spells each type and value. */
enum PropertyType {
    STRING(String.class),
    BOOLEAN(Boolean.class),
    BYTE(Byte.class),
    SHORT(Short.class),
    INT(Integer.class),
    LONG(Long.class),
    FLOAT(Float.class),
    DOUBLE(Double.class);

    private final Class<?> javaType;

    PropertyType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The file's name of the type: {@code string}, {@code int}, ... */
    String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static PropertyType of(Object value) {
        return Arrays.stream(values())
                .filter(t -> t.javaType.isInstance(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a JMS property value: "
                        + (value == null ? "null" : value.getClass().getName())));
    }

    static PropertyType ofFileName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.fileName().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** The value as the file writes it; float and double in Java's shortest form that reads back to the same bits. */
    String format(Object value) {
        return this == STRING ? Escapes.escape((String) value) : String.valueOf(value);
    }

    Object parse(String text) {
        return switch (this) {
            case STRING -> Escapes.unescape(text);
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("not true or false: " + text);
                }
                yield Boolean.valueOf(text);
            }
            case BYTE -> Byte.valueOf(text);
            case SHORT -> Short.valueOf(text);
            case INT -> Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case FLOAT -> Float.valueOf(text);
            case DOUBLE -> Double.valueOf(text);
        };
    }
}
