package org.commerceintegration.status;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * The serialization check of spec 8.6 step 3: a message whose {@code sequenceNumber} or {@code lastUpdateTime} is
 * not newer than what {@code ORDSTAT} holds is refused with {@code _ERR_OS_SEQUENCE}.
 *
 * <p>Decisions (spec G-23, G-30):
 * <ul>
 *   <li>Sequence numbers ({@code OSSEQNUM} is VARCHAR(64)) compare numerically when both are whole numbers, so 100
 *       follows 99; otherwise as strings.</li>
 *   <li>Each value the message and the row both hold is compared. Any one older: obsolete, refused. All of them
 *       equal: a duplicate (the same message again), refused too rather than applied twice, since re-applying could
 *       add a second history row. At least one newer and none older: applied. So a newer sequence number with an
 *       unchanged time stamp (a back end with coarse clocks) is accepted.</li>
 *   <li>Nothing to compare (the message or the row has neither value): applied; serialization is opt-in.</li>
 * </ul>
 */
final class Serialization {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    private Serialization() {}

    /**
     * @throws OrderStatusException {@code _ERR_OS_SEQUENCE} when the message is obsolete or a duplicate
     */
    static void check(StatusMessage message, OrderStatusRecord current) {
        int newer = 0;
        int equal = 0;
        String stored = current.getSequenceNumber();
        if (message.sequenceNumber() != null && stored != null && !stored.isBlank()) {
            int order = compareSequenceNumbers(message.sequenceNumber(), stored.strip());
            if (order < 0) {
                throw refused(
                        "sequenceNumber '" + ValueType.shown(message.sequenceNumber())
                                + "' is older than the recorded '" + ValueType.shown(stored.strip()) + "'",
                        current);
            }
            newer += order > 0 ? 1 : 0;
            equal += order == 0 ? 1 : 0;
        }
        LocalDateTime storedTime = current.getLastUpdateTime();
        if (message.lastUpdateTime() != null && storedTime != null) {
            int order = message.lastUpdateTime().compareTo(storedTime);
            if (order < 0) {
                throw refused(
                        "lastUpdateTime " + message.lastUpdateTime() + " is older than the recorded " + storedTime,
                        current);
            }
            newer += order > 0 ? 1 : 0;
            equal += order == 0 ? 1 : 0;
        }
        if (equal > 0 && newer == 0) {
            throw refused(
                    "duplicate: its serialization info (sequenceNumber " + message.sequenceNumber()
                            + ", lastUpdateTime " + message.lastUpdateTime() + ") was already applied",
                    current);
        }
    }

    /** G-30: numeric when both are whole numbers, else lexical. Negative: {@code a} is older. */
    static int compareSequenceNumbers(String a, String b) {
        if (WHOLE_NUMBER.matcher(a).matches() && WHOLE_NUMBER.matcher(b).matches()) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }

    private static OrderStatusException refused(String why, OrderStatusRecord current) {
        return new OrderStatusException(
                StatusErrorKeys.SEQUENCE,
                "message incorrectly sequenced for order " + current.getOrdersId() + ": " + why);
    }
}
