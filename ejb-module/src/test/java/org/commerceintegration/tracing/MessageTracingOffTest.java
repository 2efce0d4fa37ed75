package org.commerceintegration.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.opentelemetry.api.OpenTelemetry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tracing off, as MicroProfile Telemetry ships it: the SDK disabled, so the application is given OpenTelemetry's no-op
 * instance (this test uses the API's own, as Liberty does). Then the message paths do no tracing work at all, and a
 * caller's trace id is still handed on to the processing record.
 */
class MessageTracingOffTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    private final MessageTracing tracing = noop();

    @Test
    void messageWithoutTraceparentCostsNoSpanAndNoContext() {
        try (TracedStep receive = tracing.receive(Map.of("CI_Source", "x"), "Q", "ID:1", 10)) {
            assertSame(TracedStep.NONE, receive);
            assertSame(TracedStep.NONE, tracing.step("map message"));
            assertSame(TracedStep.NONE, tracing.transaction("command transaction"));
            assertNull(MessageTracing.currentTraceId());
            assertNull(tracing.current(), "nothing to store with an outbound row");
        }
    }

    @Test
    void callersTraceIdReachesTheRecordWithoutAnySdk() {
        try (TracedStep receive = tracing.receive(Map.of("traceparent", TRACEPARENT), "Q", "ID:2", 10)) {
            assertEquals(TRACE_ID, MessageTracing.currentTraceId());
        }
        assertNull(MessageTracing.currentTraceId(), "the context ends with the message");
    }

    @Test
    void storedContextIsStillCarriedWhenSentWithTracingOff() {
        TraceContext stored = new TraceContext(TRACEPARENT, "vendor=1");
        try (TracedStep send = tracing.send(stored, "OUT", "OrderCreateXMLFormat")) {
            assertEquals(Map.of("traceparent", TRACEPARENT, "tracestate", "vendor=1"), tracing.propagationProperties());
        }
        assertSame(TracedStep.NONE, tracing.send(null, "OUT", "OrderCreateXMLFormat"));
    }

    private static MessageTracing noop() {
        MessageTracing tracing = new MessageTracing();
        tracing.openTelemetry = OpenTelemetry.noop();
        tracing.tracer = tracing.openTelemetry.getTracer("test");
        tracing.dbSystem = "derby";
        tracing.init();
        return tracing;
    }
}
