package org.commerceintegration.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/messages/dry-run} against the real application: a valid legacy and a valid XML message answer the
 * rows the listener then really writes for the same message, and the dry run itself leaves the tables, the queues
 * and the audit trail exactly as they were; bad messages from the bad-input corpus (a decode failure, mapping
 * failures, command failures, a failing second block) answer the reason code the listener puts on the error queue
 * for the same bytes; viewers, anonymous callers and a session without its CSRF token are refused.
 */
@ExtendWith(ArquillianExtension.class)
class DryRunIT {

    private static final String PATH = "/api/messages/dry-run";
    private static final long ORDER = 10003;
    private static final long ITEM = 20004;

    /** Corpus entries (see inbound/BadInputCorpusIT): a decode failure, mapping failures, command failures. */
    private static final List<String> BAD = List.of(
            "121-binary-random-0.bin",
            "024-legacy-hdr-bad-date-0.txt",
            "046-legacy-prolog-XX-02.txt",
            "090-xml-missing-controlarea.txt",
            "067-legacy-unknown-order.txt",
            "069-legacy-item-of-another-order.txt",
            "098-xml-unknown-order.txt");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(
                BAD.stream().map(file -> "corpus/bad/" + file).toList(), DryRunIT.class);
    }

    @Test
    void aValidLegacyMessageAnswersTheRowsTheListenerWritesAndChangesNothing() {
        String status = "DRY-L-" + System.nanoTime() % 1_000_000_000L;
        byte[] message = StatusMessages.legacyV2(ORDER, ITEM, status, "DRY-I").getBytes(StandardCharsets.UTF_8);

        Map<String, Object> before = snapshot();
        JsonObject answer = dryRun("text/plain; charset=utf-8", message, "queue=JMSSerialInboundQueue");
        assertEquals(before, snapshot(), "the dry run leaves tables, queues and audit trail as they were");

        assertEquals("PROCESSED", answer.getString("outcome"), answer.toString());
        assertEquals("JMSSerialInboundQueue", answer.getString("queue"));
        assertEquals("legacy", answer.getString("format"));
        assertTrue(answer.getJsonObject("legacy").getBoolean("valid"), "the legacy breakdown: " + answer);
        JsonObject block = answer.getJsonArray("blocks").getJsonObject(0);
        assertEquals("OrderStatus", block.getString("commandName"));
        assertEquals("OS 02", block.getString("messageType"));
        assertEquals(ORDER, block.getJsonNumber("ordersId").longValue());
        assertEquals(status, block.getJsonObject("properties").getString("orderStatus"), block.toString());
        JsonObject order = onlyOrder(answer);
        assertNotEquals(status, currentStatus(order.getJsonObject("before")), "before: the status as committed");
        assertEquals(status, currentStatus(order.getJsonObject("after")), "after: the message's status");

        assertTheListenerWrites(message, order.getJsonObject("after"));
    }

    @Test
    void aValidXmlMessageAnswersTheRowsTheListenerWritesAndChangesNothing() {
        String status = "DRY-X-" + System.nanoTime() % 1_000_000_000L;
        byte[] message = StatusMessages.ncXml(ORDER, status, true).getBytes(StandardCharsets.UTF_8);

        Map<String, Object> before = snapshot();
        JsonObject answer = dryRun("application/octet-stream", message, null);
        assertEquals(before, snapshot(), "the dry run leaves tables, queues and audit trail as they were");

        assertEquals("PROCESSED", answer.getString("outcome"), answer.toString());
        assertEquals("JMSParallelInboundQueue", answer.getString("queue"), "the parallel queue by default");
        assertEquals("xml", answer.getString("format"));
        assertEquals("UTF-8", answer.getString("charset"));
        JsonObject block = answer.getJsonArray("blocks").getJsonObject(0);
        assertEquals("OrderStatus", block.getString("commandName"));
        assertTrue(block.getString("messageType").startsWith("Update_NC_OrderStatus"), block.toString());
        JsonObject order = onlyOrder(answer);
        assertEquals(status, currentStatus(order.getJsonObject("after")));

        assertTheListenerWrites(message, order.getJsonObject("after"));
    }

    @Test
    void badMessagesAnswerTheReasonCodeTheListenerGivesThem() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : BAD) {
            byte[] body = corpus(file);
            Map<String, Object> before = snapshot();
            JsonObject answer = dryRun("application/octet-stream", body, null);
            if (!before.equals(snapshot())) {
                problems.add(file + ": the dry run changed something");
            }
            String listenerCode = listenerReasonCode(body);
            JsonObject failure = answer.getJsonObject("failure");
            if (!"FAILED".equals(answer.getString("outcome")) || failure == null) {
                problems.add(file + ": not answered as a failure: " + answer);
            } else if (!listenerCode.equals(failure.getString("code"))) {
                problems.add(file + ": dry run " + failure.getString("code") + ", listener " + listenerCode);
            } else if (failure.getString("reason").isBlank() || failure.getBoolean("retryable")) {
                problems.add(file + ": no reason, or called transient: " + failure);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aFailingSecondBlockAnswersItsCodeAndNamesTheBlock() {
        byte[] message = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE Update_NC_OrderStatus SYSTEM \"Update_NC_OrderStatus_10.dtd\">\n"
                        + "<Update_NC_OrderStatus version=\"1.0\"><ControlArea><Verb value=\"Update\">Update</Verb>"
                        + "<Noun value=\"NC_OrderStatus\">NC_OrderStatus</Noun></ControlArea><DataArea>"
                        + "<OrderStatus><OrderStatusHeader><OrderNumberByNC>" + ORDER
                        + "</OrderNumberByNC><Status>B1</Status></OrderStatusHeader></OrderStatus>"
                        + "<OrderStatus><OrderStatusHeader><OrderNumberByNC>99999</OrderNumberByNC>"
                        + "<Status>B2</Status></OrderStatusHeader></OrderStatus>"
                        + "</DataArea></Update_NC_OrderStatus>")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> before = snapshot();
        JsonObject answer = dryRun("application/octet-stream", message, null);
        assertEquals(before, snapshot());

        assertEquals(2, answer.getJsonArray("blocks").size(), answer.toString());
        JsonObject failure = answer.getJsonObject("failure");
        assertEquals(listenerReasonCode(message), failure.getString("code"));
        assertEquals("_ERR_OS_UNKNOWN_ORDER", failure.getString("code"));
        assertEquals(2, failure.getInt("block"));
        assertTrue(failure.getString("reason").startsWith("OrderStatus block 2: "), failure.toString());
        JsonObject order = onlyOrder(answer);
        assertEquals(ORDER, order.getJsonNumber("ordersId").longValue(), "block 1's order, read before");
        assertFalse(order.containsKey("after"), "nothing after: the message would not be applied");
    }

    @Test
    void onlyOperatorsMayDryRunAndOnlyForAnInboundQueue() {
        byte[] message = StatusMessages.legacyV2(ORDER, ITEM, "DENIED", "S").getBytes(StandardCharsets.UTF_8);
        assertEquals(401, post(Api.anonymous(), message, null).statusCode());
        assertEquals(403, post(Api.as(Api.VIEWER), message, null).statusCode());
        HttpResponse<String> wrongQueue = post(Api.as(Api.OPERATOR), message, "queue=JMSErrorQueue");
        assertEquals(400, wrongQueue.statusCode(), wrongQueue.body());
        assertEquals(
                404, post(Api.as(Api.OPERATOR), message, "queue=NoSuchQueue").statusCode());
        assertEquals(400, post(Api.as(Api.OPERATOR), new byte[0], null).statusCode(), "an empty body is refused");
    }

    /** A console session (cookie) must send the session's token, as for every state change. */
    @Test
    void aConsoleSessionMustSendItsCsrfToken() {
        byte[] message = StatusMessages.legacyV2(ORDER, ITEM, "DENIED", "S").getBytes(StandardCharsets.UTF_8);
        Api session = Api.anonymous();
        String form = "username=operator&password=" + URLEncoder.encode("operator-password", StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(session.request("/console/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(3, login.statusCode() / 100, "signed in and sent on: " + login.statusCode());
        HttpResponse<String> withoutToken = post(session, message, null);
        assertEquals(403, withoutToken.statusCode(), withoutToken.body());
        assertTrue(withoutToken.body().contains("CSRF"), withoutToken.body());
        String token = InServer.object(session.send(session.request("/api/session")
                        .header("X-Console-Request", "1")
                        .GET()))
                .getString("csrfToken");
        HttpResponse<String> withToken = session.send(session.request(PATH)
                .header("Content-Type", "text/plain")
                .header("X-Console-Request", "1")
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)));
        assertEquals(200, withToken.statusCode(), "the refusal was the token's: " + withToken.body());
    }

    // ----------------------------------------------------------------------------------------------------------------

    private static JsonObject dryRun(String contentType, byte[] body, String query) {
        HttpResponse<String> response = post(Api.as(Api.OPERATOR), body, query, contentType);
        assertEquals(200, response.statusCode(), response.body());
        return InServer.object(response);
    }

    private static HttpResponse<String> post(Api api, byte[] body, String query) {
        return post(api, body, query, "application/octet-stream");
    }

    private static HttpResponse<String> post(Api api, byte[] body, String query, String contentType) {
        return api.send(api.request(InServer.url(PATH + (query == null ? "" : "?" + query)))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static JsonObject onlyOrder(JsonObject answer) {
        JsonArray orders = answer.getJsonArray("orders");
        assertEquals(1, orders.size(), answer.toString());
        return orders.getJsonObject(0);
    }

    /** OSSTATUS of the current ORDSTAT row (version 0) among rows as the API gives them, or null. */
    private static String currentStatus(JsonObject rows) {
        for (JsonValue value : rows.getJsonArray("ordstat")) {
            JsonObject row = value.asJsonObject();
            if (row.isNull("OSVERNBR") || row.getInt("OSVERNBR") == 0) {
                return row.getString("OSSTATUS", null);
            }
        }
        return null;
    }

    /**
     * Puts the same bytes through the listener and compares the rows it commits with the dry run's "after", as the
     * order page's API reads them; only the generated keys may differ.
     */
    private static void assertTheListenerWrites(byte[] message, JsonObject dryRunAfter) {
        String id = Queues.sendBytes(Queues.SERIAL, message, Map.of());
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));
        HttpResponse<String> response =
                Api.as(Api.VIEWER).get(InServer.url("/api/orders/" + ORDER + "/status?limit=500"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject real = InServer.object(response);
        assertEquals(withoutKeys(real.getJsonArray("ordstat")), withoutKeys(dryRunAfter.getJsonArray("ordstat")));
        assertEquals(withoutKeys(real.getJsonArray("ordistat")), withoutKeys(dryRunAfter.getJsonArray("ordistat")));
    }

    private static List<Map<String, JsonValue>> withoutKeys(JsonArray rows) {
        List<Map<String, JsonValue>> result = new ArrayList<>();
        for (JsonValue row : rows) {
            Map<String, JsonValue> columns = new LinkedHashMap<>(row.asJsonObject());
            columns.remove("ORDSTAT_ID");
            columns.remove("ORDISTAT_ID");
            result.add(columns);
        }
        return result;
    }

    /** The reason code the listener puts on the error queue for these bytes. */
    private static String listenerReasonCode(byte[] body) {
        String id = Queues.sendBytes(Queues.PARALLEL, body, Map.of());
        Message copy = Queues.receiveCorrelated(Queues.ERROR, id, 60_000);
        assertNotNull(copy, "the listener put the message on the error queue");
        try {
            return copy.getStringProperty(ErrorQueue.REASON_CODE);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the dry run must not change: the order's rows, the row counts of every table the inbound path or an
     * operator action writes, and every queue's depth. Waits for the inbound queues to be empty first, so that
     * messages of other tests still in flight do not count as a change.
     */
    private static Map<String, Object> snapshot() {
        assertTrue(
                InServer.await(60_000, () -> Queues.depth(Queues.SERIAL) == 0 && Queues.depth(Queues.PARALLEL) == 0),
                "inbound queues drained");
        Map<String, Object> state = new LinkedHashMap<>();
        state.put(
                "ORDSTAT of the order",
                Jdbc.queryRows("select * from ORDSTAT where ORDERS_ID = ? order by ORDSTAT_ID", ORDER));
        state.put(
                "ORDISTAT of the order",
                Jdbc.queryRows("select * from ORDISTAT where ORDERS_ID = ? order by ORDISTAT_ID", ORDER));
        for (String table :
                List.of("ORDSTAT", "ORDISTAT", "CI_ORDER_USERDATA", "CI_INBOUND_MESSAGE", "CI_AUDIT", "MSGSTORE")) {
            state.put(table, Jdbc.queryValue("select count(*) from " + table));
        }
        state.put(
                "last audit record", Jdbc.queryRows("select * from CI_AUDIT order by 1 desc fetch first 1 rows only"));
        for (String queue : List.of(Queues.SERIAL, Queues.PARALLEL, Queues.OUTBOUND, Queues.ERROR)) {
            state.put(queue, Queues.depth(queue));
        }
        return state;
    }

    private static byte[] corpus(String file) throws IOException {
        try (InputStream in = DryRunIT.class.getClassLoader().getResourceAsStream("corpus/bad/" + file)) {
            assertNotNull(in, file);
            byte[] raw = in.readAllBytes();
            assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("@@"), file + " needs no generation");
            return raw;
        }
    }
}
