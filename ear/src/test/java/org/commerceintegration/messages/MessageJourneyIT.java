package org.commerceintegration.messages;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.OutboundQueue;
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
 * Finding any message and following its journey, through the API as operators use it: a status message is found by
 * its order, its message id and its correlation id; a broken one fails, goes to the error queue, is replayed
 * unchanged by one operator (fails again), then replayed with an edited body by another and applied, and its journey
 * reads the same from every message of the chain, with the ids, users and times of each step; an order's outbound
 * send is found by the order and linked from the order page's data.
 */
@ExtendWith(ArquillianExtension.class)
class MessageJourneyIT {

    /** Demo order 10001 and its item 20001, whose back-end number the test messages carry. */
    private static final long ORDER = 10001;

    private static final long ITEM = 20001;
    private static final String ORIGIN = "MessageJourneyIT";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MessageJourneyIT.class);
    }

    @AfterEach
    void drain() {
        QueueInspection.drain(Queues.ERROR, "origin = '" + ORIGIN + "'");
        OutboundQueue.drain();
    }

    @Test
    void aStatusMessageIsFoundByOrderMessageIdAndCorrelationId() {
        String correlationId = "journey-" + UUID.randomUUID();
        String id = put(StatusMessages.legacyV2(ORDER, ITEM, "S", "S"), correlationId);
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));

        JsonObject byOrder = find(row -> id.equals(row.getString("messageId", null)), "ordersId=" + ORDER);
        assertEquals("INBOUND", byOrder.getString("kind"));
        assertEquals("JMSSerialInboundQueue", byOrder.getString("queue"));
        assertEquals("PROCESSED", byOrder.getString("outcome"));
        assertEquals("OS 02", byOrder.getString("messageType"));
        assertEquals(correlationId, byOrder.getString("correlationId"));
        assertEquals(StatusMessages.merchantOrderNumber(ORDER), byOrder.getString("merchantOrderNumber"));

        assertEquals(List.of(id), ids(search("messageId=" + enc(id))));
        assertEquals(List.of(id), ids(search("correlationId=" + enc(correlationId))));
        assertTrue(ids(search("merchantOrderNumber=" + StatusMessages.merchantOrderNumber(ORDER) + "&limit=200"))
                .contains(id));
        assertEquals(List.of(), ids(search("messageId=" + enc(id) + "&outcome=FAILED")), "every criterion must match");

        JsonObject journey = journey(id);
        assertEquals(List.of("RECEIVED", "APPLIED"), steps(journey));
        JsonObject received = step(journey, 0);
        assertEquals(id, received.getString("messageId"));
        assertEquals("JMSSerialInboundQueue", received.getString("queue"));
        assertEquals("OS 02", received.getString("messageType"));
        assertEquals(1, received.getInt("deliveryCount"));
        assertTrue(received.containsKey("durationMillis") && received.containsKey("command"), received.toString());
    }

    @Test
    void aFailedMessageReplayedTwiceHasOneJourneyFromEveryIdOfItsChain() throws JMSException {
        String good = StatusMessages.legacyV2(ORDER, ITEM, "B", "B");
        String broken = good.replaceFirst("20240305", "2024-03-");
        assertNotEquals(good, broken);
        String original = put(broken, "journey-" + UUID.randomUUID());
        assertEquals("FAILED", InboundRecords.awaitOutcome(original));
        String firstCopy = errorCopyOf(original);
        assertNotNull(QueueInspection.browse(Queues.ERROR, "JMSMessageID = '" + firstCopy + "'", 20_000));

        // a message that fails before it is mapped is found by the order its body names, as by its id
        JsonObject failed =
                find(row -> original.equals(row.getString("messageId", null)), "messageId=" + enc(original));
        assertEquals(failed, find(row -> original.equals(row.getString("messageId", null)), "ordersId=" + ORDER));
        assertEquals(ORDER, failed.getJsonNumber("ordersId").longValue());
        assertEquals("FAILED", failed.getString("outcome"));
        assertEquals("LEGACY_FIELD", failed.getString("reasonCode"));
        assertEquals(firstCopy, failed.getString("errorMessageId"));
        assertTrue(failed.getBoolean("onErrorQueue"), "its copy is on the error queue");
        assertEquals(List.of(original), ids(search("messageId=" + enc(firstCopy))), "found by its copy's id too");
        assertEquals(List.of("RECEIVED", "FAILED", "ERROR_QUEUE"), steps(journey(original)));

        // replayed unchanged by the operator: fails again, its copy keeps the trail back
        LocalDateTime beforeFirst = LocalDateTime.now();
        String second = replay(Api.OPERATOR, firstCopy, null);
        assertEquals("FAILED", InboundRecords.awaitOutcome(second));
        LocalDateTime afterFirst = LocalDateTime.now();
        String secondCopy = errorCopyOf(second);
        assertEquals(
                firstCopy,
                QueueInspection.browse(Queues.ERROR, "JMSMessageID = '" + secondCopy + "'", 20_000)
                        .getStringProperty(ErrorQueue.REPLAYED_FROM));

        // then fixed in the editor and replayed by the admin: applied
        LocalDateTime beforeSecond = LocalDateTime.now();
        String third = replay(Api.ADMIN, secondCopy, good);
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(third));
        LocalDateTime afterSecond = LocalDateTime.now();

        List<String> expected = List.of(
                "RECEIVED",
                "FAILED",
                "ERROR_QUEUE",
                "REPLAYED",
                "RECEIVED",
                "FAILED",
                "ERROR_QUEUE",
                "REPLAYED",
                "RECEIVED",
                "APPLIED");
        for (String start : List.of(original, firstCopy, second, secondCopy, third)) {
            JsonObject journey = journey(start);
            assertEquals(expected, steps(journey), "journey from " + start);
            assertEquals(List.of(original, second, third), strings(journey.getJsonArray("messageIds")), start);
        }
        JsonObject journey = journey(third);
        assertEquals(original, step(journey, 0).getString("messageId"));
        assertEquals("LEGACY_FIELD", step(journey, 1).getString("reasonCode"));
        JsonObject firstOnErrorQueue = step(journey, 2);
        assertEquals(firstCopy, firstOnErrorQueue.getString("errorMessageId"));
        assertFalse(firstOnErrorQueue.getBoolean("onErrorQueue"), "taken off by the replay");
        JsonObject firstReplay = step(journey, 3);
        assertEquals(firstCopy, firstReplay.getString("replayedFrom"));
        assertEquals(second, firstReplay.getString("newMessageId"));
        assertEquals("operator", firstReplay.getString("user"));
        assertFalse(firstReplay.getBoolean("edited"));
        assertBetween(beforeFirst, afterFirst, firstReplay.getString("time"));
        assertEquals(firstCopy, step(journey, 4).getString("replayedFrom"));
        assertEquals(second, step(journey, 4).getString("messageId"));
        JsonObject secondReplay = step(journey, 7);
        assertEquals(secondCopy, secondReplay.getString("replayedFrom"));
        assertEquals(third, secondReplay.getString("newMessageId"));
        assertEquals("admin", secondReplay.getString("user"));
        assertTrue(secondReplay.getBoolean("edited"));
        assertBetween(beforeSecond, afterSecond, secondReplay.getString("time"));
        JsonObject applied = step(journey, 9);
        assertEquals(third, applied.getString("messageId"));
        assertEquals(ORDER, applied.getJsonNumber("ordersId").longValue());

        JsonObject replayed =
                search("messageId=" + enc(third)).getJsonArray("messages").getJsonObject(0);
        assertEquals(secondCopy, replayed.getString("replayedFrom"));
        assertEquals("PROCESSED", replayed.getString("outcome"));
    }

    @Test
    void anOrdersOutboundSendIsFoundAndTheOrderPageLinksIt() {
        HttpResponse<String> processed =
                Api.as(Api.OPERATOR).post(url("/api/orders/" + ORDER + "/process"), "application/json", "");
        assertEquals(202, processed.statusCode(), processed.body());
        JsonObject result = InServer.object(processed);
        long storeId = result.getJsonNumber("messageId").longValue();
        String correlationId = result.getString("correlationId");
        String sentId = InServer.awaitValue(Duration.ofSeconds(30), () -> (String) Jdbc.queryValue(
                "select MSGID from CI_OUTBOUND_MESSAGE where STORE_MSGID = ? and OUTCOME = 'SENT'", storeId));
        assertNotNull(sentId, "the send was recorded");
        jakarta.jms.Message message =
                QueueInspection.browse(Queues.OUTBOUND, "JMSMessageID = '" + sentId + "'", 20_000);
        assertNotNull(message, "the recorded id is the message's on the outbound queue");
        try {
            assertEquals(correlationId, message.getJMSCorrelationID());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }

        JsonObject found = find(row -> sentId.equals(row.getString("messageId", null)), "ordersId=" + ORDER);
        assertEquals("OUTBOUND", found.getString("kind"));
        assertEquals("SENT", found.getString("outcome"));
        assertEquals("JMSOutboundQueue", found.getString("queue"));
        assertEquals(result.getString("messageType"), found.getString("messageType"));
        assertEquals(correlationId, found.getString("correlationId"));
        assertEquals(List.of(sentId), ids(search("correlationId=" + enc(correlationId))));
        assertEquals(
                List.of(sentId),
                ids(search("ordersId=" + ORDER + "&outcome=SENT&correlationId=" + enc(correlationId))));

        JsonObject journey = journey(sentId);
        assertEquals("OUTBOUND", journey.getString("kind"));
        assertEquals(List.of("SENT"), steps(journey));
        assertEquals(1, step(journey, 0).getInt("attempt"));

        HttpResponse<String> order = Api.as(Api.VIEWER).get(url("/api/orders/" + ORDER + "/status?limit=500"));
        assertEquals(200, order.statusCode(), order.body());
        JsonObject status = InServer.object(order);
        assertTrue(
                status.getJsonArray("outbound").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(row -> sentId.equals(row.getString("MSGID", null))),
                "the order page's data lists the send: " + status.getJsonArray("outbound"));
        assertTrue(status.getJsonObject("totals").getJsonNumber("outbound").longValue() >= 1);
    }

    @Test
    void whatIsOnTheErrorQueueNowIsFoundByOutcomeAsTheRecordOfItsOriginal() {
        String broken = StatusMessages.legacyV2(ORDER, ITEM, "B", "B").replaceFirst("20240305", "2024-03-");
        String original = put(broken, "journey-" + UUID.randomUUID());
        assertEquals("FAILED", InboundRecords.awaitOutcome(original));
        String copy = errorCopyOf(original);
        // the record commits before the listener's transaction puts the copy on the error queue
        assertNotNull(QueueInspection.browse(Queues.ERROR, "JMSMessageID = '" + copy + "'", 20_000));
        String handPut = putOn(Queues.ERROR, "not from the listener", "journey-eq-" + UUID.randomUUID());

        JsonObject listed = find(
                row -> original.equals(row.getString("messageId", null)), "outcome=ON_ERROR_QUEUE&ordersId=" + ORDER);
        assertEquals("INBOUND", listed.getString("kind"));
        assertEquals(copy, listed.getString("errorMessageId"));
        assertTrue(listed.getBoolean("onErrorQueue"));
        List<String> all = ids(search("outcome=ON_ERROR_QUEUE&limit=200"));
        assertTrue(all.contains(original) && all.contains(handPut), "the whole error queue: " + all);
        assertFalse(all.contains(copy), "a copy is listed as the record of its original, once");
        assertFalse(
                ids(search("outcome=ON_ERROR_QUEUE&ordersId=" + ORDER + "&limit=200"))
                        .contains(handPut),
                "a message put by hand names no order");

        String replayed = replay(Api.OPERATOR, copy, null);
        assertEquals("FAILED", InboundRecords.awaitOutcome(replayed));
        assertNotNull(QueueInspection.browse(Queues.ERROR, "JMSMessageID = '" + errorCopyOf(replayed) + "'", 20_000));
        List<String> now = ids(search("outcome=ON_ERROR_QUEUE&ordersId=" + ORDER + "&limit=200"));
        assertTrue(now.contains(replayed), "the replay failed in turn: " + now);
        assertFalse(now.contains(original), "the original's copy was taken off by the replay: " + now);
    }

    @Test
    void anErrorQueueMessageWithoutARecordIsFoundAndUnknownIdsAndBadCriteriaAreRefused() {
        String correlationId = "journey-eq-" + UUID.randomUUID();
        String onQueue = putOn(Queues.ERROR, "not from the listener", correlationId);
        JsonArray found = search("correlationId=" + enc(correlationId)).getJsonArray("messages");
        assertEquals(1, found.size(), found.toString());
        assertEquals("ERROR_QUEUE", found.getJsonObject(0).getString("kind"));
        assertEquals(onQueue, found.getJsonObject(0).getString("messageId"));
        assertEquals(List.of("ERROR_QUEUE"), steps(journey(onQueue)));

        assertEquals(
                404,
                get("/api/messages/" + enc("ID:no-such-message") + "/journey").statusCode());
        for (String bad : List.of("ordersId=ten", "outcome=LOST", "limit=1000", "offset=-1", "from=yesterday")) {
            HttpResponse<String> answer = get("/api/messages?" + bad);
            assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
        }
        assertEquals(401, Api.anonymous().get(url("/api/messages")).statusCode());
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String put(String body, String correlationId) {
        return putOn(Queues.SERIAL, body, correlationId);
    }

    private static String putOn(String queue, String body, String correlationId) {
        try (JMSContext context = Queues.context()) {
            BytesMessage message = context.createBytesMessage();
            message.writeBytes(body.getBytes(StandardCharsets.UTF_8));
            message.setStringProperty("origin", ORIGIN);
            message.setJMSCorrelationID(correlationId);
            context.createProducer().send(Queues.queue(queue), message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String errorCopyOf(String messageId) {
        return (String) Jdbc.queryValue("select ERRORMSGID from CI_INBOUND_MESSAGE where MSGID = ?", messageId);
    }

    /** Replays through the API as {@code user}, with an edited UTF-8 text body or unchanged; the new message's id. */
    private static String replay(String user, String errorId, String editedText) {
        Api api = Api.as(user);
        HttpRequest.Builder request =
                api.request(url("/api/queues/JMSErrorQueue/messages/" + enc(errorId) + "/replay"));
        HttpResponse<String> answer = api.send(
                editedText == null
                        ? request.POST(HttpRequest.BodyPublishers.noBody())
                        : request.header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(editedText, StandardCharsets.UTF_8)));
        assertEquals(200, answer.statusCode(), answer.body());
        return InServer.object(answer).getString("messageId");
    }

    private static HttpResponse<String> get(String path) {
        return Api.as(Api.VIEWER).get(url(path));
    }

    private static JsonObject search(String query) {
        HttpResponse<String> answer = get("/api/messages?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return InServer.object(answer);
    }

    /** The first row of the newest page (200) that matches; fails when none does. */
    private static JsonObject find(java.util.function.Predicate<JsonObject> wanted, String query) {
        JsonArray rows = search(query + "&limit=200").getJsonArray("messages");
        return rows.stream()
                .map(JsonValue::asJsonObject)
                .filter(wanted)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not found by " + query + ": " + rows));
    }

    private static JsonObject journey(String messageId) {
        HttpResponse<String> answer = get("/api/messages/" + enc(messageId) + "/journey");
        assertEquals(200, answer.statusCode(), answer.body());
        return InServer.object(answer);
    }

    private static List<String> steps(JsonObject journey) {
        return journey.getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("step"))
                .toList();
    }

    private static JsonObject step(JsonObject journey, int index) {
        return journey.getJsonArray("steps").getJsonObject(index);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("messages").stream()
                .map(m -> m.asJsonObject().getString("messageId", null))
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .toList();
    }

    private static void assertBetween(LocalDateTime from, LocalDateTime to, String time) {
        LocalDateTime at = LocalDateTime.parse(time);
        assertTrue(
                !at.isBefore(from.minusSeconds(1)) && !at.isAfter(to.plusSeconds(1)),
                at + " within " + from + " .. " + to);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
