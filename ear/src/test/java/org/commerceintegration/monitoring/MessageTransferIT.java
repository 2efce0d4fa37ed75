package org.commerceintegration.monitoring;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.commerceintegration.inbound.ErrorQueue;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.QueueInspection;
import org.commerceintegration.testsupport.Queues;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages moved out of a queue into a message file and back: the error queue's messages come back byte for byte
 * with every property and header (new message ids aside); who may import where; a damaged file puts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MessageTransferIT {

    private static final String ERROR = "JMSErrorQueue";
    private static final String SERIAL = "JMSSerialInboundQueue";

    /** A property on every message this test puts, to find and clean up exactly its own. */
    private final String origin = "MessageTransferIT-" + UUID.randomUUID();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MessageTransferIT.class);
    }

    @AfterEach
    void cleanUp() {
        QueueInspection.drain(Queues.ERROR, mine());
    }

    @Test
    void errorQueueMessagesExportedAndImportedComeBackByteForByteWithTheirProperties() throws Exception {
        List<String> ids = new ArrayList<>();
        ids.add(send(Queues.ERROR, failedLegacyMessage()));
        ids.add(send(Queues.ERROR, typedTextMessage()));
        ids.add(send(Queues.ERROR, emptyBytesMessage()));
        List<Snapshot> before = new ArrayList<>();
        for (String id : ids) {
            before.add(snapshot(Queues.ERROR, QueueInspection.byId(id)));
        }

        HttpResponse<String> exported = export(Api.OPERATOR, ERROR, ids);
        assertEquals(200, exported.statusCode(), exported.body());
        assertTrue(
                exported.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .startsWith("attachment; filename=\"JMSErrorQueue-"),
                exported.headers().map().toString());
        String file = exported.body();
        assertTrue(file.contains("\nA VER 2\n") && file.contains("\nA FMT MQSTR   \n"), file);
        assertEquals(3, file.lines().filter("N"::equals).count(), file);

        assertEquals(3, QueueInspection.drain(Queues.ERROR, mine()), "the export browsed: all still there");
        assertNull(QueueInspection.browse(Queues.ERROR, mine(), 0), "cleared");

        HttpResponse<String> refused = importFile(Api.OPERATOR, ERROR, file);
        assertEquals(403, refused.statusCode(), "an operator may not import onto the error queue: " + refused.body());
        assertNull(QueueInspection.browse(Queues.ERROR, mine(), 0), "nothing put");

        HttpResponse<String> imported = importFile(Api.ADMIN, ERROR, file);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject result = InServer.object(imported);
        assertEquals(3, result.getInt("imported"), result.toString());
        JsonArray items = result.getJsonArray("results");
        String audit = Api.as(Api.VIEWER).get(url("/api/audit?limit=20")).body();
        for (int i = 0; i < 3; i++) {
            JsonObject item = items.getJsonObject(i);
            assertEquals("imported", item.getString("outcome"), item.toString());
            assertEquals(ids.get(i), item.getString("originalMessageId"));
            String newId = item.getString("messageId");
            assertNotEquals(ids.get(i), newId);
            Snapshot after = snapshot(Queues.ERROR, QueueInspection.byId(newId));
            assertNotNull(after, "imported message " + newId + " is on the queue");
            before.get(i).assertSameAs(after);
            assertTrue(audit.contains(newId) && audit.contains(ids.get(i)), "audited old -> new: " + audit);
        }
        assertTrue(audit.contains("queue.import") && audit.contains("queue.export"), audit);
    }

    @Test
    void anOperatorMovesInboundMessagesButNotOntoTheErrorOrOutboundQueue() throws Exception {
        pauseSerial();
        try {
            operatorMovesInboundMessages();
        } finally {
            // the serial queue keeps strict order: only while its listener is paused may another consumer take
            QueueInspection.drain(Queues.SERIAL, mine());
            Api.as(Api.OPERATOR).post(url("/api/listeners/" + SERIAL + "/resume"), "text/plain", "");
        }
    }

    private void operatorMovesInboundMessages() throws Exception {
        String id = send(Queues.SERIAL, typedTextMessage());
        Snapshot original = snapshot(Queues.SERIAL, QueueInspection.byId(id));
        HttpResponse<String> exported = export(Api.OPERATOR, SERIAL, List.of(id));
        assertEquals(200, exported.statusCode(), exported.body());
        assertEquals(1, QueueInspection.drain(Queues.SERIAL, mine()));

        HttpResponse<String> imported = importFile(Api.OPERATOR, SERIAL, exported.body());
        assertEquals(200, imported.statusCode(), imported.body());
        String newId = InServer.object(imported)
                .getJsonArray("results")
                .getJsonObject(0)
                .getString("messageId");
        original.assertSameAs(snapshot(Queues.SERIAL, QueueInspection.byId(newId)));

        assertEquals(
                403,
                importFile(Api.OPERATOR, "JMSOutboundQueue", exported.body()).statusCode());
        assertEquals(403, importFile(Api.VIEWER, SERIAL, exported.body()).statusCode());
        assertEquals(403, export(Api.VIEWER, SERIAL, List.of(newId)).statusCode(), "export is an operator tool");
        HttpResponse<String> unknown = export(Api.OPERATOR, SERIAL, List.of("ID:no-such-message"));
        assertEquals(404, unknown.statusCode(), unknown.body());
    }

    @Test
    void aDamagedFileIsRefusedWithTheLineAndPutsNothing() throws Exception {
        List<String> ids = List.of(send(Queues.ERROR, typedTextMessage()), send(Queues.ERROR, failedLegacyMessage()));
        String file = export(Api.ADMIN, ERROR, ids).body();
        QueueInspection.drain(Queues.ERROR, mine());

        // one hex digit of the second message's data changed: the first message is sound, still nothing is put
        List<String> lines = new ArrayList<>(file.lines().toList());
        int last = lines.size() - 1;
        while (!lines.get(last).startsWith("X ")) {
            last--;
        }
        String data = lines.get(last);
        lines.set(last, data.substring(0, 2) + (data.charAt(2) == '0' ? '1' : '0') + data.substring(3));
        HttpResponse<String> damaged = importFile(Api.ADMIN, ERROR, String.join("\n", lines));
        assertEquals(400, damaged.statusCode(), damaged.body());
        assertTrue(damaged.body().contains("CI-SHA256") && damaged.body().contains("line "), damaged.body());

        HttpResponse<String> garbage = importFile(Api.ADMIN, ERROR, "hello, not a message file\n");
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("line 1"), garbage.body());

        assertNull(QueueInspection.browse(Queues.ERROR, mine(), 0), "nothing put");
    }

    private String mine() {
        return "origin = '" + origin + "'";
    }

    /** A bytes message as the error queue holds a failed one: Latin-1 bytes, the CI_ failure properties. */
    private Sender failedLegacyMessage() {
        return context -> {
            BytesMessage message = context.createBytesMessage();
            message.writeBytes("<ECEDOC><PROLOG>OS 02 caf\u00e9</PROLOG>".getBytes(StandardCharsets.ISO_8859_1));
            message.setStringProperty(ErrorQueue.REASON_CODE, "LEGACY_FIELD");
            message.setStringProperty(ErrorQueue.REASON, "HDR010 NC_ScheduleShipDate at 148: '2024-03-'");
            message.setStringProperty(ErrorQueue.SOURCE_QUEUE, SERIAL);
            message.setStringProperty(ErrorQueue.CHARSET, "ISO-8859-1");
            message.setIntProperty(ErrorQueue.DELIVERY_COUNT, 1);
            message.setLongProperty(ErrorQueue.FAILED_AT, 1764801600123L);
            message.setStringProperty("charset", "ISO-8859-1");
            message.setJMSCorrelationID("original-0001");
            message.setJMSType("OS");
            return message;
        };
    }

    /** A text message with a property of every JMS type. */
    private Sender typedTextMessage() {
        return context -> {
            TextMessage message =
                    context.createTextMessage("<Update_NC_OrderStatus>\u20ac \u00e9\n</Update_NC_OrderStatus>");
            message.setBooleanProperty("flag", true);
            message.setByteProperty("aByte", (byte) -3);
            message.setShortProperty("aShort", (short) 1234);
            message.setIntProperty("anInt", -42);
            message.setLongProperty("aLong", Long.MIN_VALUE);
            message.setFloatProperty("aFloat", 1.25f);
            message.setDoubleProperty("aDouble", Math.PI);
            message.setStringProperty("aString", "with spaces, % and \u00fc");
            message.setStringProperty("empty", "");
            return message;
        };
    }

    private Sender emptyBytesMessage() {
        return context -> context.createBytesMessage();
    }

    /** Puts the message, non-persistent at priority 7 when it is a text message; returns its id. */
    private String send(String queue, Sender sender) throws JMSException {
        try (JMSContext context = Queues.context()) {
            Message message = sender.create(context);
            message.setStringProperty("origin", origin);
            boolean text = message instanceof TextMessage;
            context.createProducer()
                    .setPriority(text ? 7 : 4)
                    .setDeliveryMode(text ? DeliveryMode.NON_PERSISTENT : DeliveryMode.PERSISTENT)
                    .send(Queues.queue(queue), message);
            return message.getJMSMessageID();
        }
    }

    private static HttpResponse<String> export(String credentials, String queue, List<String> ids) {
        StringBuilder body = new StringBuilder("{\"ids\":[");
        for (int i = 0; i < ids.size(); i++) {
            body.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append('"');
        }
        return Api.as(credentials)
                .post(
                        url("/api/queues/" + queue + "/export"),
                        "application/json",
                        body.append("]}").toString());
    }

    private static HttpResponse<String> importFile(String credentials, String queue, String file) {
        Api api = Api.as(credentials);
        return api.send(api.request(url("/api/queues/" + queue + "/import"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));
    }

    private static void pauseSerial() {
        HttpResponse<String> paused =
                Api.as(Api.OPERATOR).post(url("/api/listeners/" + SERIAL + "/pause"), "text/plain", "");
        assertEquals(200, paused.statusCode(), paused.body());
    }

    /** What a message is, read while its session is open. */
    private static Snapshot snapshot(String queue, String selector) throws JMSException {
        assertNotNull(QueueInspection.browse(queue, selector, 20_000), "on " + queue + ": " + selector);
        try (JMSContext context = Queues.context();
                QueueBrowser browser = context.createBrowser(Queues.queue(queue), selector)) {
            Message m = (Message) browser.getEnumeration().nextElement();
            Map<String, Object> properties = new TreeMap<>();
            for (Object name : Collections.list(m.getPropertyNames())) {
                String key = (String) name;
                // JMSX and JMS_ properties are the provider's own (delivery count and the like), set anew on a put
                if (!key.startsWith("JMSX") && !key.startsWith("JMS_")) {
                    properties.put(key, m.getObjectProperty(key));
                }
            }
            return new Snapshot(
                    m instanceof TextMessage,
                    Queues.body(m),
                    properties,
                    m.getJMSCorrelationID(),
                    m.getJMSType(),
                    m.getJMSPriority(),
                    m.getJMSDeliveryMode());
        }
    }

    private interface Sender {
        Message create(JMSContext context) throws JMSException;
    }

    private record Snapshot(
            boolean text,
            byte[] body,
            Map<String, Object> properties,
            String correlationId,
            String type,
            int priority,
            int deliveryMode) {

        void assertSameAs(Snapshot other) {
            assertEquals(text, other.text, "body type");
            assertArrayEquals(body, other.body, "body bytes");
            assertEquals(properties, other.properties, "properties with their types");
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                assertEquals(
                        property.getValue().getClass(),
                        other.properties.get(property.getKey()).getClass(),
                        property.getKey());
            }
            assertEquals(correlationId, other.correlationId, "JMSCorrelationID");
            assertEquals(type, other.type, "JMSType");
            assertEquals(priority, other.priority, "JMSPriority");
            assertEquals(deliveryMode, other.deliveryMode, "JMSDeliveryMode");
        }
    }
}
