package org.commerceintegration.monitoring;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.QueueInspection;
import org.commerceintegration.testsupport.Queues;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The error-queue workflow an operator follows: a broken legacy message fails, its field breakdown shows where, it
 * is fixed in an editor and replayed to its source queue; and what a replay keeps, changes and guarantees.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorQueueReplayIT {

    /** Order Status Update for demo order 10003 whose HDR010 schedule ship date is "2024-03-" (corpus 024). */
    static final String BROKEN = "<ECEDOC><PROLOG>OS        02          </PROLOG><HEADER><HDR010>0110003     USD       "
            + "129.97          10.40           7.50            0.60            BE-2024-000123                C     "
            + "                          2024-03-2024030620240301</HDR010><USRLST><DATUSR>CARRIER 3         UPS</DATUSR>"
            + "</USRLST></HEADER><ITMLST><ITMDAT><ITM010>0210003     BE-2024-000123                20004     "
            + "BE-LINE-1                     S                               2024030520240306202403012         USD"
            + "       </ITM010><USRLST></USRLST></ITMDAT></ITMLST></ECEDOC>";
    /** A property on every message this test sends (kept through failure and replay), to clean up by. */
    private static final String ORIGIN = "ErrorQueueReplayIT";

    static final String FIXED = BROKEN.replace("2024-03-2024030620240301", "202403052024030620240301");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ErrorQueueReplayIT.class);
    }

    @AfterEach
    void resumeAndDrain() {
        serialListener("resume");
        QueueInspection.drain(Queues.ERROR, "origin = '" + ORIGIN + "'");
    }

    @Test
    void brokenLegacyMessageIsShownFieldByFieldFixedAndReplayed() throws Exception {
        String original =
                Queues.sendBytes(Queues.SERIAL, BROKEN.getBytes(StandardCharsets.UTF_8), Map.of("origin", ORIGIN));
        Message failed = awaitBrowse(Queues.ERROR, "JMSCorrelationID = '" + original + "'");
        assertNotNull(failed, "the broken message reached the error queue");
        String errorId = failed.getJMSMessageID();
        assertEquals("LEGACY_FIELD", failed.getStringProperty(ErrorQueue.REASON_CODE));

        HttpResponse<String> detailResponse = Api.as(Api.VIEWER).get(url(path(errorId)));
        assertEquals(200, detailResponse.statusCode(), detailResponse.body());
        JsonObject detail = InServer.object(detailResponse);
        assertEquals("LEGACY_FIELD", detail.getJsonObject("failure").getString("reasonCode"));
        JsonObject view = detail.getJsonObject("view");
        assertEquals("legacy", view.getString("format"));
        JsonObject legacy = view.getJsonObject("legacy");
        assertFalse(legacy.getBoolean("valid"));
        assertEquals("OS", legacy.getString("messageType"));
        JsonObject problem = legacy.getJsonObject("problem");
        assertEquals("HDR010", problem.getString("record"));
        assertEquals("NC_ScheduleShipDate", problem.getString("field"));
        assertEquals(148, problem.getInt("offset"));
        JsonObject header = legacy.getJsonArray("records").getJsonObject(1);
        assertEquals("HDR010", header.getString("tag"));
        JsonObject date = header.getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("name").equals("NC_ScheduleShipDate"))
                .findFirst()
                .orElseThrow();
        assertEquals("2024-03-", date.getString("raw"));
        assertEquals(8, date.getInt("width"));
        assertTrue(date.containsKey("problem"), date.toString());
        JsonObject order = header.getJsonArray("fields").getJsonObject(1);
        assertEquals("NC_OrderRefNumber", order.getString("name"));
        assertEquals("10003", order.getString("value"));
        assertFalse(order.getBoolean("assumption"));

        HttpResponse<String> replay =
                Api.as(Api.OPERATOR).post(url(path(errorId) + "/replay"), "text/plain; charset=UTF-8", FIXED);
        assertEquals(200, replay.statusCode(), replay.body());
        JsonObject result = InServer.object(replay);
        assertEquals("JMSSerialInboundQueue", result.getString("target"), "back to its source queue");
        assertTrue(result.getBoolean("edited"));
        String replayed = result.getString("messageId");
        assertEquals(404, Api.as(Api.VIEWER).get(url(path(errorId))).statusCode(), "it left the error queue");

        // Then the listener takes it: applied, or (while the order status command is not built) failed again for
        // another reason than the field that was fixed, back on the error queue with the trail to its predecessor.
        assertTrue(
                InServer.await(
                        60_000,
                        () -> Jdbc.queryValue("select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?", replayed)
                                != null),
                "the listener took it");
        String outcome = (String) Jdbc.queryValue("select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?", replayed);
        if ("FAILED".equals(outcome)) {
            assertNotEquals(
                    "LEGACY_FIELD",
                    Jdbc.queryValue("select REASONCODE from CI_INBOUND_MESSAGE where MSGID = ?", replayed));
            Message again = Queues.receiveCorrelated(Queues.ERROR, replayed, 20_000);
            assertNotNull(again);
            assertEquals(errorId, again.getStringProperty(ErrorQueue.REPLAYED_FROM));
            assertArrayEquals(FIXED.getBytes(StandardCharsets.UTF_8), Queues.body(again), "the edited body");
        } else {
            assertEquals("PROCESSED", outcome);
        }
        String audit = Api.as(Api.VIEWER).get(url("/api/audit?limit=10")).body();
        assertTrue(
                audit.contains("errorqueue.replay") && audit.contains(errorId) && audit.contains("body edited"), audit);
    }

    @Test
    void replayKeepsPropertiesAndBodyAndMarksWhereItCameFrom() throws Exception {
        byte[] latin1 = "NOT A COMMERCE MESSAGE \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        String errorId = Queues.sendBytes(
                Queues.ERROR,
                latin1,
                Map.of(
                        ErrorQueue.SOURCE_QUEUE,
                        "JMSSerialInboundQueue",
                        ErrorQueue.REASON_CODE,
                        "NO_COMMAND",
                        ErrorQueue.CHARSET,
                        "ISO-8859-1",
                        "origin",
                        ORIGIN));
        serialListener("pause");

        HttpResponse<String> replayed = replay(errorId, null);
        assertEquals(200, replayed.statusCode(), replayed.body());
        JsonObject result = InServer.object(replayed);
        assertFalse(result.getBoolean("edited"));
        Message copy = awaitBrowse(Queues.SERIAL, "JMSMessageID = '" + result.getString("messageId") + "'");
        assertNotNull(copy, "waiting on the paused serial queue");
        assertInstanceOf(BytesMessage.class, copy);
        assertArrayEquals(latin1, Queues.body(copy), "bytes unchanged");
        assertEquals(ORIGIN, copy.getStringProperty("origin"), "own properties kept");
        assertEquals(errorId, copy.getStringProperty(ErrorQueue.REPLAYED_FROM));
        assertEquals("ISO-8859-1", copy.getStringProperty("charset"), "decoded as it was the first time");
        for (Object name : Collections.list(copy.getPropertyNames())) {
            String key = (String) name;
            assertTrue(!key.startsWith("CI_") || key.equals(ErrorQueue.REPLAYED_FROM), "failure property left: " + key);
        }
        assertNull(awaitBrowse(Queues.ERROR, "JMSMessageID = '" + errorId + "'", 0), "taken off the error queue");
        Queues.receive(Queues.SERIAL, 5000);
    }

    @Test
    void aReplayThatCannotBeDoneLeavesTheMessageWhereItWas() throws Exception {
        String noSource =
                Queues.sendBytes(Queues.ERROR, "x".getBytes(StandardCharsets.UTF_8), Map.of("origin", ORIGIN));
        String elsewhere = Queues.sendBytes(
                Queues.ERROR,
                "x".getBytes(StandardCharsets.UTF_8),
                Map.of(ErrorQueue.SOURCE_QUEUE, "SOME.OTHER.QUEUE"));
        try {
            HttpResponse<String> none = replay(noSource, null);
            assertEquals(400, none.statusCode(), none.body());
            assertTrue(none.body().contains("names no source queue"), none.body());
            HttpResponse<String> other = replay(elsewhere, null);
            assertEquals(400, other.statusCode(), other.body());
            HttpResponse<String> badEdit = replay(noSource, new byte[] {(byte) 0xC3, 0x28});
            assertEquals(400, badEdit.statusCode(), "an edit that is not valid text in its charset: " + badEdit.body());

            assertNotNull(awaitBrowse(Queues.ERROR, "JMSMessageID = '" + noSource + "'"), "still there: rolled back");
            assertNotNull(awaitBrowse(Queues.ERROR, "JMSMessageID = '" + elsewhere + "'"), "still there: rolled back");
        } finally {
            QueueInspection.drain(
                    Queues.ERROR, "JMSMessageID = '" + noSource + "' OR JMSMessageID = '" + elsewhere + "'");
        }
    }

    /** Pauses or resumes the serial listener as an operator would (the EJB requires the operator role). */
    private static void serialListener(String action) {
        HttpResponse<String> answer =
                Api.as(Api.OPERATOR).post(url("/api/listeners/JMSSerialInboundQueue/" + action), "text/plain", "");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Replays an error-queue message through the API as an operator, optionally with an edited UTF-8 body. */
    private static HttpResponse<String> replay(String errorId, byte[] editedUtf8) {
        Api operator = Api.as(Api.OPERATOR);
        HttpRequest.Builder request = operator.request(url(path(errorId) + "/replay"));
        return operator.send(
                editedUtf8 == null
                        ? request.POST(HttpRequest.BodyPublishers.noBody())
                        : request.header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(editedUtf8)));
    }

    private static String path(String errorId) {
        return "/api/queues/JMSErrorQueue/messages/" + URLEncoder.encode(errorId, StandardCharsets.UTF_8);
    }

    private static Message awaitBrowse(String queue, String selector) {
        return QueueInspection.browse(queue, selector, 20_000);
    }

    private static Message awaitBrowse(String queue, String selector, long timeoutMillis) {
        return QueueInspection.browse(queue, selector, timeoutMillis);
    }
}
