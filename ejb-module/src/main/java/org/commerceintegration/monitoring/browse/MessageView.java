package org.commerceintegration.monitoring.browse;

import java.time.Instant;
import java.util.Map;

/**
 * One message on a queue as the console shows it. Serialised as JSON by the API as it stands: keep field names stable.
 *
 * @param id            {@code JMSMessageID}
 * @param timestamp     {@code JMSTimestamp}, or null when the producer disabled it
 * @param correlationId {@code JMSCorrelationID} (on the error queue: the failed message's own id), or null
 * @param deliveryMode  {@code PERSISTENT} or {@code NON_PERSISTENT}
 * @param type          {@code Text}, {@code Bytes}, or the JMS type of another body ({@code Map}, {@code Object},
 *                      {@code Stream}, {@code Message})
 * @param priority      {@code JMSPriority}
 * @param properties    every property the provider reports, by name, with its JSON-native value
 * @param bodySize      body length in bytes (a text body counted in UTF-8)
 * @param body          the body, cut at the requested limit: as text when it is valid UTF-8, else base64
 * @param bodyEncoding  {@code text} or {@code base64}
 * @param bodyTruncated whether {@link #body} was cut
 * @param failure       for a message the inbound path put on the error queue: why, from where, when; else null
 * @param view          detail only: the body laid out (legacy breakdown, XML text); null in lists
 */
public record MessageView(
        String id,
        Instant timestamp,
        String correlationId,
        String deliveryMode,
        String type,
        int priority,
        Map<String, Object> properties,
        long bodySize,
        String body,
        String bodyEncoding,
        boolean bodyTruncated,
        FailureInfo failure,
        BodyView view) {

    MessageView withFailure(FailureInfo failureInfo) {
        return new MessageView(
                id,
                timestamp,
                correlationId,
                deliveryMode,
                type,
                priority,
                properties,
                bodySize,
                body,
                bodyEncoding,
                bodyTruncated,
                failureInfo,
                view);
    }

    MessageView withView(BodyView bodyView) {
        return new MessageView(
                id,
                timestamp,
                correlationId,
                deliveryMode,
                type,
                priority,
                properties,
                bodySize,
                body,
                bodyEncoding,
                bodyTruncated,
                failure,
                bodyView);
    }
}
