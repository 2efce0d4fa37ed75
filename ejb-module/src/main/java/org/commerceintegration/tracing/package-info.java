/**
 * Tracing of the message paths with MicroProfile Telemetry (the OpenTelemetry API): an inbound message's W3C
 * {@code traceparent} continued through receive, mapping, command and database transaction; the trace context of an
 * order's processing stored with its outbound row and carried by the message when it is sent after commit. The
 * inbound and outbound packages call in here; nothing here knows theirs, so the glue stays out of the listeners.
 *
 * <p>Whether spans are recorded and where they go is the runtime's configuration ({@code otel.*}, see
 * {@code liberty-config/server.xml}); with the SDK disabled (the default) every call here is a no-op.
 */
package org.commerceintegration.tracing;
