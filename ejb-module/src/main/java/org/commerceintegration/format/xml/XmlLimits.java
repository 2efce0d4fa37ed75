package org.commerceintegration.format.xml;

/**
 * Resource bounds for one parse. The order messages are small, flat and declare no entities, so the bounds are far
 * below the JDK defaults: anything near them is an attack or a broken sender, not a real message.
 *
 * @param maxMessageSize       largest accepted body: characters for text input, bytes for byte input
 * @param entityExpansionLimit JDK {@code entityExpansionLimit}; the bundled DTDs need a handful of expansions
 * @param maxEntitySize        JDK general and parameter entity size limits (characters)
 * @param totalEntitySize      JDK {@code totalEntitySizeLimit} (characters)
 * @param maxElementDepth      JDK {@code maxElementDepth}; the deepest bundled message nests about 8 levels
 * @param maxAttributes        JDK {@code elementAttributeLimit} per element
 * @param maxNameLength        JDK {@code maxXMLNameLimit}
 */
public record XmlLimits(
        int maxMessageSize,
        int entityExpansionLimit,
        int maxEntitySize,
        int totalEntitySize,
        int maxElementDepth,
        int maxAttributes,
        int maxNameLength) {

    /** 1 MiB, the default body limit. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 1024 * 1024;

    public XmlLimits {
        if (maxMessageSize <= 0
                || entityExpansionLimit <= 0
                || maxEntitySize <= 0
                || totalEntitySize <= 0
                || maxElementDepth <= 0
                || maxAttributes <= 0
                || maxNameLength <= 0) {
            throw new IllegalArgumentException("XML limits must be positive (0 would mean 'unlimited' to the JDK)");
        }
    }

    public static XmlLimits defaults() {
        return new XmlLimits(DEFAULT_MAX_MESSAGE_SIZE, 1_000, 64 * 1024, 256 * 1024, 64, 32, 256);
    }

    public XmlLimits withMaxMessageSize(int size) {
        return new XmlLimits(
                size,
                entityExpansionLimit,
                maxEntitySize,
                totalEntitySize,
                maxElementDepth,
                maxAttributes,
                maxNameLength);
    }
}
