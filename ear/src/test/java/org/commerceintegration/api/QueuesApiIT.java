package org.commerceintegration.api;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.QueueInspection;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/queues} over HTTPS with HTTP Basic, as the console and scripts use it: roles, status codes and bodies.
 * Runs inside the server so that it can also look at the queues through JMS; it calls the API like any client.
 */
@ExtendWith(ArquillianExtension.class)
class QueuesApiIT {

    private static final String SERIAL = "JMSSerialInboundQueue";
    private static final String PARALLEL = "JMSParallelInboundQueue";
    private static final String OUTBOUND = "JMSOutboundQueue";
    private static final String ERROR = "JMSErrorQueue";

    /** Ids this test put somewhere and must not leave behind: queue JNDI name, correlation or message id. */
    private final List<String[]> leftovers = new ArrayList<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(QueuesApiIT.class);
    }

    @AfterEach
    void cleanUp() {
        for (String[] leftover : leftovers) {
            QueueInspection.drain(leftover[0], leftover[1]);
        }
    }

    @Test
    void overviewShowsTheFourQueuesToEveryRole() {
        HttpResponse<String> response = Api.as(Api.VIEWER).get(url("/api/queues"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject overview = InServer.object(response);
        // the embedded engine's own MBeans, as messaging-embedded.xml names them
        // how the provider under test reports depth (the test server's configuration says)
        assertEquals(InServer.providerExpectation("test.depthSource"), overview.getString("depthSource"));
        assertEquals("server-endpoint-control", overview.getString("listenerControl"));
        assertEquals("server", overview.getString("scope"));
        var queues = overview.getJsonArray("queues");
        assertEquals(
                List.of(SERIAL, PARALLEL, OUTBOUND, ERROR),
                queues.stream().map(q -> q.asJsonObject().getString("name")).toList());
        JsonObject serial = queues.getJsonObject(0);
        assertEquals("SERIAL_INBOUND", serial.getString("role"));
        assertTrue(serial.getJsonNumber("depth").longValue() >= 0, serial.toString());
        assertEquals(60, serial.getJsonArray("throughput").size(), "one entry per minute of the last hour");
        JsonObject listener = serial.getJsonObject("listener");
        assertEquals("ACTIVE", listener.getString("state"), listener.toString());
        assertTrue(listener.getString("endpoint").endsWith("#SerialInboundListener"), listener.toString());
        assertTrue(queues.getJsonObject(2).get("listener") == null, "the outbound queue has no listener");

        assertEquals(200, Api.as(Api.OPERATOR).get(url("/api/queues")).statusCode());
        assertEquals(200, Api.as(Api.ADMIN).get(url("/api/queues")).statusCode());
        assertEquals(401, Api.anonymous().get(url("/api/queues")).statusCode());
        assertEquals(200, Api.as(Api.VIEWER).get(url("/api/listeners")).statusCode());
    }

    @Test
    void putThenBrowseFindsTheMessageThenAdminDeletesIt() {
        // the outbound queue takes puts from admins only (an operator's would reach the back end as an order)
        HttpResponse<String> put = Api.as(Api.ADMIN)
                .post(url("/api/queues/" + OUTBOUND + "/messages"), "text/plain; charset=UTF-8", "hello caf\u00e9");
        assertEquals(201, put.statusCode(), put.body());
        JsonObject created = InServer.object(put);
        String textId = created.getString("messageId");
        leftovers.add(new String[] {Queues.OUTBOUND, selector(textId)});
        assertEquals("Text", created.getString("type"));
        assertTrue(put.headers().firstValue("Location").orElse("").contains("/api/queues/" + OUTBOUND + "/messages/"));

        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, 0, (byte) 0xFF};
        HttpResponse<String> putBytes = Api.as(Api.ADMIN)
                .send(Api.as(Api.ADMIN)
                        .request(url("/api/queues/" + OUTBOUND + "/messages?charset=ISO-8859-1"))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertEquals(201, putBytes.statusCode(), putBytes.body());
        String bytesId = InServer.object(putBytes).getString("messageId");
        leftovers.add(new String[] {Queues.OUTBOUND, selector(bytesId)});

        JsonObject page =
                InServer.object(Api.as(Api.VIEWER).get(url("/api/queues/" + OUTBOUND + "/messages?limit=500")));
        JsonObject text = find(page, textId);
        assertNotNull(text, page.toString());
        assertEquals("Text", text.getString("type"));
        assertEquals("hello caf\u00e9", text.getString("body"));
        assertEquals("text", text.getString("bodyEncoding"));
        assertEquals(11, text.getInt("bodySize"), "bytes in UTF-8");
        assertEquals("PERSISTENT", text.getString("deliveryMode"));
        JsonObject bytes = find(page, bytesId);
        assertEquals("Bytes", bytes.getString("type"));
        assertEquals("base64", bytes.getString("bodyEncoding"), "not valid UTF-8");
        assertEquals(java.util.Base64.getEncoder().encodeToString(latin1), bytes.getString("body"));
        assertEquals("ISO-8859-1", bytes.getJsonObject("properties").getString("charset"));

        JsonObject detail = InServer.object(Api.as(Api.VIEWER).get(url(messagePath(OUTBOUND, bytesId))));
        assertEquals("text", detail.getJsonObject("view").getString("format"));
        assertEquals(
                "caf\u00e9\u0000\u00ff",
                detail.getJsonObject("view").getString("text"),
                "decoded with the declared charset");

        assertEquals(
                403,
                Api.as(Api.OPERATOR).delete(url(messagePath(OUTBOUND, textId))).statusCode());
        HttpResponse<String> deleted = Api.as(Api.ADMIN).delete(url(messagePath(OUTBOUND, textId)));
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(
                404, Api.as(Api.VIEWER).get(url(messagePath(OUTBOUND, textId))).statusCode());
        assertEquals(
                200,
                Api.as(Api.ADMIN).delete(url(messagePath(OUTBOUND, bytesId))).statusCode());

        String audit = Api.as(Api.VIEWER).get(url("/api/audit?limit=20")).body();
        assertTrue(audit.contains("queue.put") && audit.contains("\"actor\":\"admin\""), audit);
        assertTrue(audit.contains("queue.delete") && audit.contains(textId), audit);
    }

    @Test
    void failedMessageIsListedWithItsReasonAndCanBeDeleted() {
        HttpResponse<String> put = Api.as(Api.OPERATOR)
                .post(url("/api/queues/" + SERIAL + "/messages"), "text/plain", "NOT A COMMERCE MESSAGE");
        assertEquals(201, put.statusCode(), put.body());
        String id = InServer.object(put).getString("messageId");
        leftovers.add(new String[] {Queues.ERROR, "JMSCorrelationID = '" + id + "'"});

        JsonObject[] failed = new JsonObject[1];
        assertTrue(InServer.await(20_000, () -> (failed[0] = correlated(ERROR, id)) != null), "on the error queue");
        JsonObject failure = failed[0].getJsonObject("failure");
        assertEquals("NO_COMMAND", failure.getString("reasonCode"));
        assertTrue(failure.getString("reason").contains("No command matches"), failure.toString());
        assertEquals(SERIAL, failure.getString("sourceQueue"));
        assertEquals(id, failure.getString("originalMessageId"));
        assertEquals("NOT A COMMERCE MESSAGE", failed[0].getString("body"));
        assertFalse(failure.containsKey("ordersId"), "a body that names no order: " + failure);

        JsonObject serial = InServer.object(Api.as(Api.VIEWER).get(url("/api/queues")))
                .getJsonArray("queues")
                .getJsonObject(0);
        assertEquals("NO_COMMAND", serial.getJsonObject("lastError").getString("reasonCode"), serial.toString());
        assertTrue(serial.getInt("failedLastMinute") >= 1, serial.toString());

        String errorId = failed[0].getString("id");
        assertEquals(
                200, Api.as(Api.ADMIN).delete(url(messagePath(ERROR, errorId))).statusCode());
        assertEquals(
                404, Api.as(Api.VIEWER).get(url(messagePath(ERROR, errorId))).statusCode());
        assertEquals(
                404, Api.as(Api.ADMIN).delete(url(messagePath(ERROR, errorId))).statusCode());
    }

    /**
     * The error page takes the order from the API, and the last error does not repeat its code: an XML message refused
     * for its internal DTD subset still names order 10001, read on the server, and its reason is only where and why.
     */
    @Test
    void failedXmlMessageNamesItsOrderAndItsReasonOnce() {
        String refused = StatusMessages.ncXml(10001, "S", true).replace("_10.dtd\">", "_10.dtd\" [ ]>");
        HttpResponse<String> put =
                Api.as(Api.OPERATOR).post(url("/api/queues/" + SERIAL + "/messages"), "text/plain", refused);
        assertEquals(201, put.statusCode(), put.body());
        String id = InServer.object(put).getString("messageId");
        leftovers.add(new String[] {Queues.ERROR, "JMSCorrelationID = '" + id + "'"});

        JsonObject[] failed = new JsonObject[1];
        assertTrue(InServer.await(20_000, () -> (failed[0] = correlated(ERROR, id)) != null), "on the error queue");
        JsonObject failure = failed[0].getJsonObject("failure");
        assertEquals("XML_FORBIDDEN", failure.getString("reasonCode"), failure.toString());
        assertEquals(10001, failure.getJsonNumber("ordersId").longValue(), failure.toString());
        assertTrue(failure.getString("reason").startsWith("line 2, column "), failure.toString());

        // counted once the listener's transaction has committed, a moment after the message shows on the error queue
        JsonObject[] lastError = new JsonObject[1];
        assertTrue(
                InServer.await(
                        10_000,
                        () -> (lastError[0] = serialLastError()) != null
                                && "XML_FORBIDDEN".equals(lastError[0].getString("reasonCode"))),
                "the serial queue's last error");
        assertFalse(lastError[0].getString("reason").contains("XML_FORBIDDEN"), lastError[0].toString());
    }

    @Test
    void bulkReplayReplaysEachAndReportsTheUnknown() {
        String first = onErrorQueue(PARALLEL);
        String second = onErrorQueue(PARALLEL);
        String body = "{\"ids\":[\"" + first + "\",\"" + second + "\",\"ID:no-such-message\"]}";

        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post(url("/api/queues/" + ERROR + "/messages/replay"), "application/json", body)
                        .statusCode());
        HttpResponse<String> response =
                Api.as(Api.OPERATOR).post(url("/api/queues/" + ERROR + "/messages/replay"), "application/json", body);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = InServer.object(response);
        assertEquals(2, result.getInt("replayed"), result.toString());
        assertEquals(1, result.getInt("failed"));
        var results = result.getJsonArray("results");
        assertEquals("replayed", results.getJsonObject(0).getString("status"));
        assertEquals(PARALLEL, results.getJsonObject(0).getString("target"));
        assertEquals("not_found", results.getJsonObject(2).getString("status"));
        for (int i = 0; i < 2; i++) {
            String newId = results.getJsonObject(i).getString("messageId");
            leftovers.add(new String[] {Queues.ERROR, "JMSCorrelationID = '" + newId + "'"});
            // the replayed message fails again (it is not a Commerce message) and says where it came from
            Message again = Queues.receiveCorrelated(Queues.ERROR, newId, 20_000);
            assertNotNull(again, "failed again and back on the error queue");
            assertEquals(i == 0 ? first : second, property(again, ErrorQueue.REPLAYED_FROM));
        }
        assertEquals(404, Api.as(Api.VIEWER).get(url(messagePath(ERROR, first))).statusCode(), "left the error queue");
    }

    @Test
    void rolesAreEnforced() {
        String anyId = "/api/queues/" + ERROR + "/messages/ID:x";
        assertEquals(
                401,
                Api.anonymous().get(url("/api/queues/" + ERROR + "/messages")).statusCode());
        assertEquals(
                401,
                Api.anonymous()
                        .post(url("/api/queues/" + OUTBOUND + "/messages"), "text/plain", "x")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post(url("/api/queues/" + OUTBOUND + "/messages"), "text/plain", "x")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post(url(anyId + "/replay"), "text/plain", "")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post(url("/api/listeners/" + SERIAL + "/pause"), "text/plain", "")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post(url("/api/listeners/" + SERIAL + "/resume"), "text/plain", "")
                        .statusCode());
        assertEquals(403, Api.as(Api.OPERATOR).delete(url(anyId)).statusCode());
        assertEquals(403, Api.as(Api.VIEWER).delete(url(anyId)).statusCode());
        assertEquals(401, Api.anonymous().delete(url(anyId)).statusCode());
    }

    @Test
    void unknownQueuesMessagesAndListenersAre404() {
        HttpResponse<String> unknown = Api.as(Api.VIEWER).get(url("/api/queues/NoSuchQueue/messages"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Unknown queue 'NoSuchQueue'"), unknown.body());
        assertTrue(unknown.body().startsWith("{\"error\":\"not_found\""), unknown.body());
        assertEquals(
                404,
                Api.as(Api.OPERATOR)
                        .post(url("/api/queues/SYSTEM.ADMIN.COMMAND.QUEUE/messages"), "text/plain", "x")
                        .statusCode());
        assertEquals(
                404,
                Api.as(Api.VIEWER)
                        .get(url(messagePath(ERROR, "ID:no-such-message")))
                        .statusCode());
        assertEquals(
                404,
                Api.as(Api.ADMIN)
                        .delete(url(messagePath(ERROR, "ID:no-such-message")))
                        .statusCode());
        assertEquals(
                404,
                Api.as(Api.OPERATOR)
                        .post(url(messagePath(ERROR, "ID:no-such-message") + "/replay"), "text/plain", "")
                        .statusCode());
        assertEquals(
                404,
                Api.as(Api.OPERATOR)
                        .post(url("/api/listeners/NoSuchQueue/pause"), "text/plain", "")
                        .statusCode());
        assertEquals(
                404,
                Api.as(Api.OPERATOR)
                        .post(url("/api/listeners/" + OUTBOUND + "/pause"), "text/plain", "")
                        .statusCode());
    }

    @Test
    void badInputIs400WithAClearMessage() {
        HttpResponse<String> limit = Api.as(Api.VIEWER).get(url("/api/queues/" + ERROR + "/messages?limit=abc"));
        assertEquals(400, limit.statusCode());
        assertTrue(limit.body().contains("limit must be a whole number"), limit.body());
        assertEquals(
                400,
                Api.as(Api.VIEWER)
                        .get(url("/api/queues/" + ERROR + "/messages?limit=0"))
                        .statusCode());

        HttpResponse<String> target = Api.as(Api.OPERATOR)
                .post(url(messagePath(ERROR, "ID:x") + "/replay?target=" + OUTBOUND), "text/plain", "");
        assertEquals(400, target.statusCode());
        assertTrue(target.body().contains("is not an inbound queue"), target.body());

        HttpResponse<String> notError =
                Api.as(Api.OPERATOR).post(url(messagePath(OUTBOUND, "ID:x") + "/replay"), "text/plain", "");
        assertEquals(400, notError.statusCode());
        assertTrue(notError.body().contains("can be replayed"), notError.body());

        String bulk = url("/api/queues/" + ERROR + "/messages/replay");
        HttpResponse<String> empty = Api.as(Api.OPERATOR).post(bulk, "application/json", "{\"ids\":[]}");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("1 to 500"), empty.body());
        HttpResponse<String> malformed = Api.as(Api.OPERATOR).post(bulk, "application/json", "{\"ids\":[");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("Malformed JSON"), malformed.body());
        assertEquals(
                400,
                Api.as(Api.OPERATOR)
                        .post(bulk, "application/json", "[\"ID:x\"]")
                        .statusCode());
        assertEquals(
                400,
                Api.as(Api.OPERATOR)
                        .post(bulk, "application/json", "{\"ids\":[1]}")
                        .statusCode());
        assertEquals(
                400, Api.as(Api.OPERATOR).post(bulk, "application/json", "").statusCode());

        HttpResponse<String> charset = Api.as(Api.ADMIN)
                .post(
                        url("/api/queues/" + OUTBOUND + "/messages?charset="
                                + URLEncoder.encode("no such", StandardCharsets.UTF_8)),
                        "application/octet-stream",
                        "x");
        assertEquals(400, charset.statusCode(), charset.body());
        assertTrue(!charset.body().contains("Exception"), "no stack trace or class names: " + charset.body());
    }

    /** Puts a non-Commerce message straight on the error queue as if it had failed on {@code source}. */
    private String onErrorQueue(String source) {
        String id = Queues.sendBytes(
                Queues.ERROR,
                "NOT A COMMERCE MESSAGE".getBytes(StandardCharsets.UTF_8),
                Map.of(ErrorQueue.SOURCE_QUEUE, source, ErrorQueue.REASON_CODE, "NO_COMMAND", "origin", "bulk-test"));
        leftovers.add(new String[] {Queues.ERROR, selector(id)});
        return id;
    }

    private static JsonObject serialLastError() {
        JsonObject serial = InServer.object(Api.as(Api.VIEWER).get(url("/api/queues")))
                .getJsonArray("queues")
                .getJsonObject(0);
        return serial.containsKey("lastError") ? serial.getJsonObject("lastError") : null;
    }

    private JsonObject correlated(String queue, String correlationId) {
        JsonObject page = InServer.object(Api.as(Api.VIEWER).get(url("/api/queues/" + queue + "/messages?limit=500")));
        return page.getJsonArray("messages").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> correlationId.equals(m.getString("correlationId", null)))
                .findFirst()
                .orElse(null);
    }

    private static JsonObject find(JsonObject page, String id) {
        return page.getJsonArray("messages").stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> id.equals(m.getString("id")))
                .findFirst()
                .orElse(null);
    }

    static String messagePath(String queue, String id) {
        return "/api/queues/" + queue + "/messages/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static String selector(String id) {
        return "JMSMessageID = '" + id + "'";
    }

    private static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
