package org.commerceintegration.command;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a mapper makes of one inbound message: the Commerce command to run and its properties, in the shape
 * Commerce's message mappers hand to a command (command name, request properties, control properties).
 *
 * <p>All values are strings as they appeared in the message, trimmed; date fields are already normalised to the
 * JDBC timestamp form {@code yyyy-MM-dd HH:mm:ss.SSSSSS} so that the command parses one format only.
 * Maps keep the message's order.
 *
 * @param commandName       the template's command, e.g. {@code OrderStatus}, {@code OrderShippingStatus}
 * @param messageType       what the message was recognised as, e.g. {@code Update_NC_OrderStatus 1.0} or {@code OS 02}
 * @param controlProperties execution-environment values (Commerce {@code FieldInfo="CONTROL"}), e.g. {@code logonId}
 * @param properties        header-level command parameters, e.g. {@code orderId}, {@code orderStatus}
 * @param userData          header-level user data ({@code UserDataField} / {@code DATUSR}) by name
 * @param items             one entry per item ({@code itemsVector} in Commerce)
 */
public record CommandInvocation(
        String commandName,
        String messageType,
        Map<String, String> controlProperties,
        Map<String, String> properties,
        Map<String, String> userData,
        List<ItemProperties> items) {

    public CommandInvocation {
        Objects.requireNonNull(commandName, "commandName");
        Objects.requireNonNull(messageType, "messageType");
        controlProperties = Map.copyOf(controlProperties);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        userData = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(userData));
        items = List.copyOf(items);
    }

    /** The header property, or {@code null} when the message did not carry it. */
    public String property(String name) {
        return properties.get(name);
    }

    /**
     * One item of the message with its own parameters (e.g. {@code orderItemId}, {@code orderItemStatus}) and user data.
     */
    public record ItemProperties(Map<String, String> properties, Map<String, String> userData) {
        public ItemProperties {
            properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
            userData = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(userData));
        }

        public String property(String name) {
            return properties.get(name);
        }
    }
}
