package org.commerceintegration.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spans of the message paths, named and attributed after OpenTelemetry's messaging and database conventions, and the
 * W3C Trace Context carried by JMS string properties ({@code traceparent}, {@code tracestate}).
 *
 * <p>Inbound: {@link #receive} continues the trace a message's {@code traceparent} names (or starts one), and every
 * step below it is its child. Outbound: {@link #current} is the context to store with a row sent after commit;
 * {@link #send} continues it around the send, and {@link #propagationProperties} is what the message then carries.
 *
 * <p>With the SDK disabled (MicroProfile Telemetry's default) the injected {@link OpenTelemetry} is the no-op one: a
 * message without {@code traceparent} then costs one map lookup. A message with one still has it continued without
 * recording anything (the no-op tracer hands the extracted context on), so its processing record keeps the caller's
 * trace id even while nothing is exported.
 */
@ApplicationScoped
public class MessageTracing {

    /** W3C Trace Context, as JMS string property names. */
    public static final String TRACEPARENT = "traceparent";

    public static final String TRACESTATE = "tracestate";

    /** The stored tracestate's column size; a longer one is dropped, as W3C allows a carrier to. */
    static final int MAX_TRACESTATE_LENGTH = 512;

    private static final TextMapGetter<Map<String, String>> PROPERTIES = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    Tracer tracer;

    /** {@code db.system} of the configured database (set by the database include of liberty-config). */
    @Inject
    @ConfigProperty(name = "commerce.tracing.dbSystem", defaultValue = "other_sql")
    String dbSystem;

    /** The configured propagator when it speaks W3C Trace Context, else W3C's own (the SDK disabled: no-op). */
    private TextMapPropagator propagator;

    /** No SDK: the no-op OpenTelemetry, whose propagators know no fields. */
    private boolean disabled;

    @PostConstruct
    void init() {
        TextMapPropagator configured = openTelemetry.getPropagators().getTextMapPropagator();
        disabled = configured.fields().isEmpty();
        propagator = configured.fields().contains(TRACEPARENT) ? configured : W3CTraceContextPropagator.getInstance();
    }

    /**
     * The span of one inbound message's processing ({@code process <queue>}, kind consumer), the child of the
     * message's {@code traceparent} when it has one, else the root of a new trace.
     *
     * @param properties the message's string properties
     */
    public TracedStep receive(Map<String, String> properties, String queue, String messageId, int bodySize) {
        boolean carriesTrace = properties.containsKey(TRACEPARENT);
        if (disabled && !carriesTrace) {
            return TracedStep.NONE;
        }
        Context parent = carriesTrace ? propagator.extract(Context.root(), properties, PROPERTIES) : Context.root();
        Span span = tracer.spanBuilder("process " + queue)
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "jms")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.operation.name", "process")
                .setAttribute("messaging.destination.name", queue)
                .setAttribute("messaging.message.id", messageId)
                .setAttribute("messaging.message.body.size", (long) bodySize)
                .startSpan();
        return TracedStep.start(span);
    }

    /** A step of the current span's work (kind internal), e.g. the mapping or the command. */
    public TracedStep step(String name) {
        if (disabled) {
            return TracedStep.NONE;
        }
        return TracedStep.start(tracer.spanBuilder(name).startSpan());
    }

    /**
     * A database transaction of the current span's work (kind client, {@code db.system} of the configured database).
     * Liberty does not trace JDBC itself, so this span is the database's share of a trace.
     */
    public TracedStep transaction(String name) {
        if (disabled) {
            return TracedStep.NONE;
        }
        return TracedStep.start(tracer.spanBuilder(name)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system", dbSystem)
                .startSpan());
    }

    /**
     * The trace context to store with an outbound message composed now: the current span's, whether or not it is
     * recorded, so that the message carries the trace of the order's processing; {@code null} when there is none (the
     * SDK disabled and no caller's context).
     */
    public TraceContext current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        String traceState = carrier.get(TRACESTATE);
        if (traceState != null && traceState.length() > MAX_TRACESTATE_LENGTH) {
            traceState = null;
        }
        return new TraceContext(carrier.get(TRACEPARENT), traceState);
    }

    /**
     * The span of sending a stored message ({@code send <queue>}, kind producer), the child of the context stored
     * with it; none when nothing was stored, as the message then belongs to no trace.
     */
    public TracedStep send(TraceContext stored, String queue, String messageType) {
        if (stored == null || stored.traceParent() == null) {
            return TracedStep.NONE;
        }
        Map<String, String> carrier = new HashMap<>(4);
        carrier.put(TRACEPARENT, stored.traceParent());
        if (stored.traceState() != null) {
            carrier.put(TRACESTATE, stored.traceState());
        }
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, PROPERTIES);
        Span span = tracer.spanBuilder("send " + queue)
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "jms")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.operation.name", "send")
                .setAttribute("messaging.destination.name", queue)
                .setAttribute("commerce.message.type", messageType)
                .startSpan();
        return TracedStep.start(span);
    }

    /**
     * The properties that carry the current context on a message sent now ({@code traceparent}, and
     * {@code tracestate} when there is one); empty when there is no valid context.
     */
    public Map<String, String> propagationProperties() {
        if (!Span.current().getSpanContext().isValid()) {
            return Map.of();
        }
        Map<String, String> carrier = new HashMap<>(4);
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier;
    }

    /** The trace id of the span current on this thread, or {@code null} when there is none. */
    public static String currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
