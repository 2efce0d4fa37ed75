package org.commerceintegration.tracing;

/**
 * A W3C Trace Context as stored with a message that is sent later, outside the span it belongs to.
 *
 * @param traceParent the {@code traceparent} value ({@code 00-<trace id>-<parent id>-<flags>})
 * @param traceState  the {@code tracestate} value, or {@code null}
 */
public record TraceContext(String traceParent, String traceState) {}
