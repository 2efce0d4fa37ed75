package org.commerceintegration.outbound;

/**
 * One registered outbound message type, as an operator sees it.
 *
 * @param name          the {@code MSGTYPES.NAME}, e.g. {@code OrderCreateXMLFormat}
 * @param description   what the message is
 * @param composerClass the composer bean's class
 * @param subjectType   what the message is composed from
 */
public record MessageTypeInfo(String name, String description, String composerClass, String subjectType) {}
