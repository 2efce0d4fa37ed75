package org.commerceintegration.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;

/**
 * One traced step of a message's processing: a span that is current on this thread until {@link #close()}, so that
 * the steps below it (and the trace id kept with the processing record) belong to it. Use it in try-with-resources on
 * the thread that started it. {@link #NONE} stands for a step nobody traces, at no cost.
 */
public final class TracedStep implements AutoCloseable {

    /** A step that records nothing and changes no context. */
    static final TracedStep NONE = new TracedStep(null, null);

    private static final int MAX_REASON_LENGTH = 1000;

    private final Span span;
    private final Scope scope;

    private TracedStep(Span span, Scope scope) {
        this.span = span;
        this.scope = scope;
    }

    static TracedStep start(Span span) {
        return new TracedStep(span, span.makeCurrent());
    }

    public TracedStep attribute(String key, String value) {
        if (span != null && value != null && span.isRecording()) {
            span.setAttribute(key, value);
        }
        return this;
    }

    public TracedStep attribute(String key, long value) {
        if (span != null && span.isRecording()) {
            span.setAttribute(key, value);
        }
        return this;
    }

    /**
     * Marks the step failed: status {@code ERROR} with the reason code as its description, the code also as
     * {@code error.type} (a trace back end groups failures by it), the reason as {@code commerce.failure.reason}.
     */
    public void failed(String reasonCode, String reason) {
        if (span == null || !span.isRecording()) {
            return;
        }
        span.setStatus(StatusCode.ERROR, reasonCode);
        span.setAttribute("error.type", reasonCode);
        if (reason != null) {
            span.setAttribute(
                    "commerce.failure.reason", reason.substring(0, Math.min(reason.length(), MAX_REASON_LENGTH)));
        }
    }

    /** As {@link #failed(String, String)}, the exception's class naming the failure. */
    public void failed(Throwable failure) {
        failed(failure.getClass().getSimpleName(), failure.getMessage());
    }

    @Override
    public void close() {
        if (span != null) {
            scope.close();
            span.end();
        }
    }
}
