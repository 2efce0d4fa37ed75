package org.commerceintegration.messages;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.commerceintegration.problem.InvalidRequestException;

/**
 * What a message search asks for; every criterion is optional and those given must all match.
 *
 * @param ordersId            the Commerce order ({@code ORDERS_ID})
 * @param merchantOrderNumber the back end's order number: what the message carried, or the order's
 *                            {@code ORDERS.ORMORDER}
 * @param messageId           a JMS message id: the message's own, or its copy's on the error queue
 * @param correlationId       {@code JMSCorrelationID}
 * @param outcome             {@code PROCESSED}, {@code FAILED} (inbound or outbound), {@code SENT} or
 *                            {@code ON_ERROR_QUEUE} (on the error queue now)
 * @param queue               the queue's name
 * @param from                received or sent at or after (server local time)
 * @param to                  received or sent before
 * @param offset              results to skip, 0 to {@value #MAX_OFFSET}
 * @param limit               results to answer, 1 to {@value #MAX_LIMIT}
 */
public record MessageCriteria(
        Long ordersId,
        String merchantOrderNumber,
        String messageId,
        String correlationId,
        String outcome,
        String queue,
        LocalDateTime from,
        LocalDateTime to,
        int offset,
        int limit) {

    public static final int MAX_LIMIT = 200;
    /**
     * Pages are merged from three sources newest first, so a page past {@code offset} reads {@code offset + limit}
     * rows of each: bounded, as nobody pages ten thousand rows deep instead of narrowing the search.
     */
    public static final int MAX_OFFSET = 10_000;

    static final String ON_ERROR_QUEUE = "ON_ERROR_QUEUE";

    public MessageCriteria {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidRequestException("offset must be 0 to " + MAX_OFFSET);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be 1 to " + MAX_LIMIT);
        }
        merchantOrderNumber = blankToNull(merchantOrderNumber, "merchantOrderNumber", 30);
        messageId = blankToNull(messageId, "messageId", 128);
        correlationId = blankToNull(correlationId, "correlationId", 128);
        queue = blankToNull(queue, "queue", 128);
        outcome = blankToNull(outcome, "outcome", 16);
        if (outcome != null) {
            outcome = outcome.toUpperCase(Locale.ROOT);
            if (!outcome.equals("PROCESSED")
                    && !outcome.equals("FAILED")
                    && !outcome.equals("SENT")
                    && !outcome.equals(ON_ERROR_QUEUE)) {
                throw new InvalidRequestException("outcome must be one of PROCESSED, FAILED, SENT, " + ON_ERROR_QUEUE
                        + ", not '" + outcome + "'");
            }
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("from must be before to");
        }
    }

    /** The rows each source must give for this page: all before it, the page, and one to tell whether more follow. */
    int window() {
        return offset + limit + 1;
    }

    /**
     * An ISO-8601 time: local ({@code 2026-12-03T10:15}, server time, as the records keep it) or with an offset or
     * {@code Z}, converted to server time.
     *
     * @return null for a blank text
     * @throws InvalidRequestException naming the parameter when the text is no such time
     */
    public static LocalDateTime time(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(value)
                        .atZoneSameInstant(ZoneId.systemDefault())
                        .toLocalDateTime();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(
                        name + " must be an ISO-8601 time such as 2026-12-03T10:15:00 or 2026-12-03T10:15:00Z, not '"
                                + value + "'");
            }
        }
    }

    private static String blankToNull(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidRequestException(name + " may have at most " + maxLength + " characters");
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i))) {
                throw new InvalidRequestException(name + " may not contain control characters");
            }
        }
        return stripped;
    }
}
