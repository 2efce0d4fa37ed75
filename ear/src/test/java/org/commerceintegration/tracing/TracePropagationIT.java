package org.commerceintegration.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.commerceintegration.outbound.order.OrderProcess;
import org.commerceintegration.outbound.order.OrderProcessResult;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.OutboundQueue;
import org.commerceintegration.testsupport.Outbox;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.commerceintegration.tracing.ZipkinReceiver.ReceivedSpan;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * W3C Trace Context through the real listeners, database and outbox, with the spans the server's OpenTelemetry SDK
 * exports caught by a Zipkin receiver in the test. The test server records traces a caller marked sampled
 * ({@code parentbased_always_off}, its {@code server.env}), so each test sends a sampled {@code traceparent} of its
 * own and finds exactly its spans under that trace id.
 */
@ExtendWith(ArquillianExtension.class)
class TracePropagationIT {

    private static final Duration EXPORT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(TracePropagationIT.class, ZipkinReceiver.class);
    }

    @EJB
    private OrderProcess orderProcess;

    private ZipkinReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID in (10001, 10002, 10003)");
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID in (10001, 10002, 10003)");
        OutboundQueue.drain();
        Outbox.clear();
        receiver = ZipkinReceiver.start();
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
        OutboundQueue.drain();
        Outbox.clear();
        Queues.drain(Queues.ERROR);
    }

    @Test
    void statusMessageWithTraceparentIsProcessedUnderThatTrace() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String id = Queues.sendBytes(
                Queues.SERIAL,
                StatusMessages.legacyV2(10001, 20002, "TRACED", "S").getBytes(StandardCharsets.UTF_8),
                Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01", "tracestate", "backend=7"));
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));
        assertEquals(traceId, Jdbc.queryValue("select TRACEID from CI_INBOUND_MESSAGE where MSGID = ?", id));
        HttpResponse<String> journey = Api.as(Api.VIEWER).get("/api/messages/" + id + "/journey");
        assertEquals(200, journey.statusCode(), journey.body());
        assertTrue(
                journey.body().contains("\"traceId\":\"" + traceId + "\""), "the journey shows it: " + journey.body());

        List<ReceivedSpan> trace = receiver.awaitTrace(
                traceId,
                all(consumer(), named("map message"), named("command transaction"), named("OrderStatus")),
                EXPORT);
        ReceivedSpan receive = only(trace, consumer());
        assertEquals(callerSpan, receive.parentId(), "the receive continues the caller's span: " + trace);
        assertEquals("jms", receive.tag("messaging.system"));
        assertEquals("JMSSerialInboundQueue", receive.tag("messaging.destination.name"));
        assertEquals("process", receive.tag("messaging.operation.type"));
        assertEquals(id, receive.tag("messaging.message.id"));

        ReceivedSpan mapping = only(trace, named("map message"));
        assertEquals(receive.id(), mapping.parentId());
        assertEquals("OrderStatus", mapping.tag("commerce.command"));

        ReceivedSpan transaction = only(trace, named("command transaction"));
        assertEquals(receive.id(), transaction.parentId());
        assertEquals("CLIENT", transaction.kind());
        assertNotNull(transaction.tag("db.system"));
        assertNotEquals("other_sql", transaction.tag("db.system"), "the database include names its db.system");

        ReceivedSpan command = only(trace, named("OrderStatus"));
        assertEquals(transaction.id(), command.parentId());
        assertEquals("10001", command.tag("commerce.orders_id"));
        assertTrue(trace.stream().noneMatch(s -> "ERROR".equals(s.tag("otel.status_code"))), trace.toString());
    }

    @Test
    void failedMessageKeepsItsTraceAndItsSpanShowsTheReason() {
        String traceId = hex(16);
        String id = Queues.sendBytes(
                Queues.SERIAL,
                StatusMessages.legacyV2(99999, 20002, "NO-ORDER", "S").getBytes(StandardCharsets.UTF_8),
                Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertEquals("FAILED", InboundRecords.awaitOutcome(id));
        Map<String, Object> record =
                Jdbc.queryRow("select TRACEID, REASONCODE from CI_INBOUND_MESSAGE where MSGID = ?", id);
        assertEquals(traceId, record.get("TRACEID"));
        String reasonCode = (String) record.get("REASONCODE");
        assertNotNull(reasonCode);

        List<ReceivedSpan> trace = receiver.awaitTrace(
                traceId, all(consumer(), named("OrderStatus"), named("failure record transaction")), EXPORT);
        ReceivedSpan receive = only(trace, consumer());
        assertEquals("ERROR", receive.tag("otel.status_code"), receive.toString());
        assertEquals(reasonCode, receive.tag("error.type"));
        ReceivedSpan command = only(trace, named("OrderStatus"));
        assertEquals("ERROR", command.tag("otel.status_code"), command.toString());
    }

    @Test
    void messageWithoutTraceparentStartsATraceOfItsOwn() {
        String first = traceIdOfProcessed(StatusMessages.legacyV2(10002, 20003, "UNTRACED-1", "S"));
        String second = traceIdOfProcessed(StatusMessages.legacyV2(10003, 20004, "UNTRACED-2", "S"));
        assertTrue(first.matches("[0-9a-f]{32}"), first);
        assertTrue(second.matches("[0-9a-f]{32}"), second);
        assertNotEquals(first, second);
    }

    @Test
    void outboundMessageOfAnOrderProcessedThroughTheApiCarriesThatRequestsTrace() throws JMSException {
        String traceId = hex(16);
        Api api = Api.as(Api.OPERATOR);
        HttpResponse<String> response = api.send(api.request("/api/orders/10002/process")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(202, response.statusCode(), response.body());

        Message sent = Queues.receive(Queues.OUTBOUND, EXPORT.toMillis());
        assertNotNull(sent, "the order's message");
        String traceparent = sent.getStringProperty("traceparent");
        assertNotNull(traceparent, "the message carries the order's trace context");
        String[] parts = traceparent.split("-");
        assertEquals(traceId, parts[1], traceparent);

        List<ReceivedSpan> trace =
                receiver.awaitTrace(traceId, all(kind("SERVER"), named("OrderProcess"), kind("PRODUCER")), EXPORT);
        ReceivedSpan processing = only(trace, named("OrderProcess"));
        assertEquals("10002", processing.tag("commerce.orders_id"));
        ReceivedSpan request = only(trace, kind("SERVER"));
        assertEquals(request.id(), processing.parentId(), "Liberty's span of the REST request: " + trace);
        ReceivedSpan send = only(trace, kind("PRODUCER"));
        assertEquals(processing.id(), send.parentId(), "the send belongs to the order's processing: " + trace);
        assertEquals("JMSOutboundQueue", send.tag("messaging.destination.name"));
        assertEquals("send", send.tag("messaging.operation.type"));
        assertEquals(sent.getJMSMessageID(), send.tag("messaging.message.id"));
        assertEquals(send.id(), parts[2], "the message's parent is its send span");
    }

    @Test
    void orderProcessedWithoutACallersTraceStartsOne() throws JMSException {
        OrderProcessResult result = orderProcess.process(10001L);
        Message sent = Queues.receive(Queues.OUTBOUND, EXPORT.toMillis());
        assertNotNull(sent, "the order's message");
        assertEquals(result.correlationId(), sent.getJMSCorrelationID());
        String traceparent = sent.getStringProperty("traceparent");
        assertNotNull(traceparent, "the message carries the trace its processing started");
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
    }

    private static String traceIdOfProcessed(String body) {
        String id = Queues.sendBytes(Queues.SERIAL, body.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));
        Object traceId = Jdbc.queryValue("select TRACEID from CI_INBOUND_MESSAGE where MSGID = ?", id);
        assertNotNull(traceId, "a message without traceparent starts a trace");
        return (String) traceId;
    }

    /** The trace is complete when it holds a span of each kind. */
    @SafeVarargs
    private static Predicate<List<ReceivedSpan>> all(Predicate<ReceivedSpan>... each) {
        return spans ->
                java.util.Arrays.stream(each).allMatch(which -> spans.stream().anyMatch(which));
    }

    private static Predicate<ReceivedSpan> named(String name) {
        return span -> span.named(name);
    }

    private static Predicate<ReceivedSpan> kind(String kind) {
        return span -> kind.equals(span.kind());
    }

    private static Predicate<ReceivedSpan> consumer() {
        return kind("CONSUMER");
    }

    private static ReceivedSpan only(List<ReceivedSpan> trace, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = trace.stream().filter(which).toList();
        assertEquals(1, found.size(), "one such span in " + trace);
        return found.get(0);
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
