package org.commerceintegration.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.commerceintegration.monitoring.depth.QueueDepth;
import org.commerceintegration.monitoring.retention.InboundRecordPurge;
import org.commerceintegration.monitoring.statistics.QueueStatistics;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.QueueInspection;
import org.commerceintegration.testsupport.Queues;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server publishes for machines: metrics after traffic, the error-queue readiness check with its data,
 * the OpenAPI document; and the depth readers and the processing-record purge.
 */
@ExtendWith(ArquillianExtension.class)
class ServerMonitoringIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ServerMonitoringIT.class);
    }

    @EJB
    private QueueStatistics statistics;

    @EJB
    private InboundRecordPurge purge;

    @Test
    void metricsCountProcessingAndShowDepths() throws Exception {
        String id =
                Queues.sendBytes(Queues.SERIAL, "NOT A COMMERCE MESSAGE".getBytes(StandardCharsets.UTF_8), Map.of());
        assertNotNull(Queues.receiveCorrelated(Queues.ERROR, id, 20_000));

        String[] metrics = new String[1];
        assertTrue(
                InServer.await(
                        5000,
                        () -> (metrics[0] = get(InServer.serverUrl("/metrics?scope=application"))
                                        .body())
                                .contains("commerce_inbound_failed_total")),
                "counted after commit");
        String text = metrics[0];
        assertTrue(
                text.matches("(?s).*commerce_inbound_failed_total\\{[^}]*queue=\"JMSSerialInboundQueue\"[^}]*"
                        + "reason=\"NO_COMMAND\"[^}]*type=\"unknown\"[^}]*} [1-9].*"),
                text);
        assertTrue(text.contains("commerce_inbound_processing_time_seconds_count{"), text);
        assertTrue(text.contains("commerce_queue_depth{") && text.contains("queue=\"JMSErrorQueue\""), text);
        assertTrue(text.contains("commerce_outbound_unsent"), text);
    }

    @Test
    void outboundSendsAreCountedOnTheOutboundQueue() {
        HttpResponse<String> processed =
                Api.as(Api.OPERATOR).post(InServer.url("/api/orders/10002/process"), "application/json", "");
        assertEquals(202, processed.statusCode(), processed.body());
        String correlationId = InServer.object(processed).getString("correlationId");
        try {
            assertNotNull(
                    QueueInspection.browse(Queues.OUTBOUND, QueueInspection.byCorrelation(correlationId), 20_000));
            assertTrue(
                    InServer.await(
                            5000,
                            () -> InServer.object(Api.as(Api.VIEWER).get(InServer.url("/api/queues")))
                                            .getJsonArray("queues")
                                            .getJsonObject(2)
                                            .getInt("processedLastMinute")
                                    >= 1),
                    "sent, counted");
            String metrics =
                    get(InServer.serverUrl("/metrics?scope=application")).body();
            assertTrue(metrics.matches("(?s).*commerce_outbound_sent_total\\{[^}]*} [1-9].*"), metrics);
        } finally {
            QueueInspection.drain(Queues.OUTBOUND, QueueInspection.byCorrelation(correlationId));
        }
    }

    @Test
    void readinessReportsTheErrorQueueDepthAndThreshold() throws Exception {
        // Readiness answers from the sampler's last reading (every commerce.monitoring.sampleSeconds), never from a
        // live count: wait for a reading that matches the queue, which the next sample gives at the latest.
        long depth = Queues.depth(Queues.ERROR);
        HttpResponse<String> response = InServer.awaitValue(Duration.ofSeconds(30), () -> {
            HttpResponse<String> answer = get(InServer.serverUrl("/health/ready"));
            return answer.body().replace(" ", "").contains("\"depth\":" + depth) ? answer : null;
        });
        assertNotNull(response, "readiness never reported the error queue's depth " + depth);
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"error-queue\""), body);
        assertTrue(body.contains("\"threshold\":1000"), body);
        assertTrue(body.contains("\"queue\":\"JMSErrorQueue\""), body);
        assertEquals(depth <= 1000 ? 200 : 503, response.statusCode(), body);
    }

    @Test
    void openApiDocumentsTheQueueApi() throws Exception {
        HttpResponse<String> document = get(InServer.serverUrl("/openapi"));
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/queues/{queue}/messages/{id}/replay"), document.body());
        assertTrue(document.body().contains("/api/listeners/{queue}/pause"), document.body());
        assertEquals(200, get(InServer.serverUrl("/openapi/ui/")).statusCode());
    }

    @Test
    void depthFromTheEngineMatchesBrowsing() {
        String id = Queues.sendText(Queues.OUTBOUND, "depth probe");
        try {
            QueueDepth depth = statistics.depth("JMSOutboundQueue");
            assertTrue(depth.exact());
            assertEquals(Queues.depth(Queues.OUTBOUND), depth.depth());
            assertTrue(depth.depth() >= 1);
        } finally {
            QueueInspection.drain(Queues.OUTBOUND, "JMSMessageID = '" + id + "'");
        }
    }

    @Test
    void purgeDeletesOnlyRecordsOlderThanTheRetention() {
        Jdbc.execute(
                "insert into CI_INBOUND_MESSAGE (MSGID, QUEUENAME, OUTCOME, RECEIVED) values "
                        + "('purge-old', 'JMSSerialInboundQueue', 'PROCESSED', {fn TIMESTAMPADD(SQL_TSI_DAY, -8, CURRENT_TIMESTAMP)})");
        Jdbc.execute(
                "insert into CI_INBOUND_MESSAGE (MSGID, QUEUENAME, OUTCOME, RECEIVED) values "
                        + "('purge-recent', 'JMSSerialInboundQueue', 'PROCESSED', {fn TIMESTAMPADD(SQL_TSI_DAY, -6, CURRENT_TIMESTAMP)})");
        for (int days : new int[] {8, 6}) {
            Jdbc.execute("insert into CI_OUTBOUND_MESSAGE (STORE_MSGID, ATTEMPT, MSGID, OUTCOME, ATTEMPTED) values (-"
                    + days + ", 1, 'purge-" + days + "', 'SENT', {fn TIMESTAMPADD(SQL_TSI_DAY, -" + days
                    + ", CURRENT_TIMESTAMP)})");
            Jdbc.execute("insert into CI_MESSAGE_REPLAY (NEWMSGID, ERRORMSGID, ACTOR, REPLAYED, QUEUENAME, EDITED)"
                    + " values ('purge-" + days + "', 'purge-error', 'test', {fn TIMESTAMPADD(SQL_TSI_DAY, -" + days
                    + ", CURRENT_TIMESTAMP)}, 'JMSSerialInboundQueue', 0)");
        }
        try {
            assertTrue(purge.purge() >= 3);
            assertNull(Jdbc.queryValue("select MSGID from CI_INBOUND_MESSAGE where MSGID = 'purge-old'"));
            assertEquals(
                    "purge-recent",
                    Jdbc.queryValue("select MSGID from CI_INBOUND_MESSAGE where MSGID = 'purge-recent'"));
            assertNull(Jdbc.queryValue("select MSGID from CI_OUTBOUND_MESSAGE where MSGID = 'purge-8'"));
            assertEquals("purge-6", Jdbc.queryValue("select MSGID from CI_OUTBOUND_MESSAGE where MSGID = 'purge-6'"));
            assertNull(Jdbc.queryValue("select NEWMSGID from CI_MESSAGE_REPLAY where NEWMSGID = 'purge-8'"));
            assertEquals(
                    "purge-6", Jdbc.queryValue("select NEWMSGID from CI_MESSAGE_REPLAY where NEWMSGID = 'purge-6'"));
        } finally {
            Jdbc.execute("delete from CI_INBOUND_MESSAGE where MSGID in ('purge-old', 'purge-recent')");
            Jdbc.execute("delete from CI_OUTBOUND_MESSAGE where MSGID in ('purge-8', 'purge-6')");
            Jdbc.execute("delete from CI_MESSAGE_REPLAY where NEWMSGID in ('purge-8', 'purge-6')");
        }
    }

    /** Plain HTTP/1.1: the JDK client's default h2c upgrade attempt can stall on Liberty's forwarded requests. */
    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
