package org.commerceintegration.outbound;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Correlation ids in IBM MQ's native form: {@code ID:} followed by 24 bytes in hex. IBM MQ keeps a correlation id of
 * exactly 24 bytes; a plain string longer than that would be cut, so the id read back would differ from the one
 * stored in {@code CI_CORRELID}. The bytes are 16 random bytes (unique across servers sharing the database) and the
 * {@code MSGID}, so the id also leads back to the row.
 */
final class CorrelationIds {

    private CorrelationIds() {}

    static String forMessage(long messageId) {
        UUID random = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(24)
                .putLong(random.getMostSignificantBits())
                .putLong(random.getLeastSignificantBits())
                .putLong(messageId);
        return "ID:" + HexFormat.of().formatHex(bytes.array());
    }
}
