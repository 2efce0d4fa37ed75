package org.commerceintegration.monitoring;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pausing a listener through the API really stops consumption: a message sent meanwhile stays on the queue, and is
 * taken once the listener is resumed.
 */
@ExtendWith(ArquillianExtension.class)
class ListenerPauseIT {

    private static final String SERIAL = "JMSSerialInboundQueue";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ListenerPauseIT.class);
    }

    @AfterEach
    void resume() {
        Api.as(Api.OPERATOR).post(url("/api/listeners/" + SERIAL + "/resume"), "text/plain", "");
    }

    @Test
    void pausedSerialListenerLeavesTheMessageOnTheQueueUntilResumed() throws Exception {
        HttpResponse<String> paused =
                Api.as(Api.OPERATOR).post(url("/api/listeners/" + SERIAL + "/pause"), "text/plain", "");
        assertEquals(200, paused.statusCode(), paused.body());
        JsonObject status = InServer.object(paused).getJsonObject("status");
        assertEquals("PAUSED", status.getString("state"), status.toString());
        assertTrue(status.getBoolean("paused"));

        String id = Queues.sendText(Queues.SERIAL, "NOT A COMMERCE MESSAGE");
        // A marker through the parallel listener, which is not paused: once it is applied, an active serial listener
        // would long have taken the message sent before it.
        String marker = Queues.sendText(Queues.PARALLEL, StatusMessages.ncXml(10003, "PAUSE-MARKER", true));
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(marker));
        assertEquals(1, Queues.depth(Queues.SERIAL), "nobody takes it while paused");
        assertNull(Jdbc.queryValue("select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?", id));
        JsonObject serial = InServer.object(Api.as(Api.VIEWER).get(url("/api/queues")))
                .getJsonArray("queues")
                .getJsonObject(0);
        assertEquals(1, serial.getInt("depth"), serial.toString());
        assertEquals("PAUSED", serial.getJsonObject("listener").getString("state"));

        LocalDateTime resuming = LocalDateTime.now();
        HttpResponse<String> resumed =
                Api.as(Api.OPERATOR).post(url("/api/listeners/" + SERIAL + "/resume"), "text/plain", "");
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals("ACTIVE", InServer.object(resumed).getJsonObject("status").getString("state"));

        Message failed = Queues.receiveCorrelated(Queues.ERROR, id, 30_000);
        assertNotNull(failed, "taken after resume (and, not being a Commerce message, sent to the error queue)");
        assertEquals("NO_COMMAND", failed.getStringProperty(ErrorQueue.REASON_CODE));
        LocalDateTime received = ((Timestamp)
                        Jdbc.queryValue("select RECEIVED from CI_INBOUND_MESSAGE where MSGID = ?", id))
                .toLocalDateTime();
        assertFalse(received.isBefore(resuming), "received at " + received + ", not before the resume at " + resuming);
        assertEquals(0, Queues.depth(Queues.SERIAL));

        String audit = Api.as(Api.VIEWER).get(url("/api/audit?limit=10")).body();
        assertTrue(audit.contains("listener.pause") && audit.contains("listener.resume"), audit);
        assertTrue(audit.contains("\"before\":\"ACTIVE\"") && audit.contains("\"after\":\"PAUSED\""), audit);
    }

    @Test
    void pausingTwiceIsHarmlessAndViewersMayNot() {
        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post(url("/api/listeners/" + SERIAL + "/pause"), "text/plain", "")
                        .statusCode());
        assertEquals(
                200,
                Api.as(Api.OPERATOR)
                        .post(url("/api/listeners/JMSParallelInboundQueue/pause"), "text/plain", "")
                        .statusCode());
        HttpResponse<String> again =
                Api.as(Api.OPERATOR).post(url("/api/listeners/JMSParallelInboundQueue/pause"), "text/plain", "");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(
                200,
                Api.as(Api.OPERATOR)
                        .post(url("/api/listeners/JMSParallelInboundQueue/resume"), "text/plain", "")
                        .statusCode());
        String listeners = Api.as(Api.VIEWER).get(url("/api/listeners")).body();
        assertTrue(listeners.contains("\"state\":\"ACTIVE\"") && !listeners.contains("PAUSED"), listeners);
    }
}
