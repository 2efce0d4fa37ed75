package org.commerceintegration.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.Http;
import org.commerceintegration.testsupport.OutboundQueue;
import org.commerceintegration.testsupport.Outbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbound API over HTTPS with Basic authentication: process an order, and the unsent-message actions, each with
 * its role check. Runs inside the server so that it can also read the queue and {@code MSGSTORE}.
 */
@ExtendWith(ArquillianExtension.class)
class OutboundApiIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OutboundApiIT.class);
    }

    @ArquillianResource
    private URL testModule;

    private Http http;

    @BeforeEach
    void setUp() throws Exception {
        http = new Http(testModule);
        OutboundQueue.drain();
        Outbox.clear();
    }

    @AfterEach
    void clean() {
        OutboundQueue.drain();
        Outbox.clear();
    }

    @Test
    void operatorProcessesAnOrderAndItsMessageArrives() throws Exception {
        HttpResponse<String> response = http.post("/orders/10002/process", Api.OPERATOR);
        assertEquals(202, response.statusCode(), response.body());
        JsonObject result = Http.json(response).asJsonObject();
        assertEquals(10002, result.getJsonNumber("ordersId").longValue());
        assertEquals(10101, result.getInt("storeId"));
        assertEquals("com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl", result.getString("implementation"));
        assertEquals("OrderCreateXMLFormat", result.getString("messageType"));
        assertTrue(result.getJsonNumber("messageId").longValue() > 0);

        OutboundQueue.Received message = OutboundQueue.receive(ARRIVAL);
        assertNotNull(message);
        assertEquals(result.getString("correlationId"), message.correlationId());
        assertEquals("10002", message.ordersId());
    }

    @Test
    void adminMayProcessToo() throws Exception {
        assertEquals(202, http.post("/orders/10001/process", Api.ADMIN).statusCode());
        assertNotNull(OutboundQueue.receive(ARRIVAL));
    }

    @Test
    void viewerMayNotProcess() throws Exception {
        assertEquals(403, http.post("/orders/10002/process", Api.VIEWER).statusCode());
        assertEquals(List.of(), OutboundQueue.receiveSentSoFar());
        assertEquals(0, Outbox.count());
    }

    @Test
    void processWithoutOrWithWrongCredentialsIs401() throws Exception {
        assertEquals(401, http.post("/orders/10002/process", null).statusCode());
        assertEquals(401, http.post("/orders/10002/process", "operator:wrong").statusCode());
        assertEquals(401, http.get("/unsent", null).statusCode());
    }

    @Test
    void unknownOrderIs404WithAClearMessage() throws Exception {
        HttpResponse<String> response = http.post("/orders/99999/process", Api.OPERATOR);
        assertEquals(404, response.statusCode(), response.body());
        JsonObject error = Http.json(response).asJsonObject();
        assertEquals("not_found", error.getString("error"));
        assertTrue(error.getString("message").contains("Order 99999 does not exist"), response.body());
        assertEquals(0, Outbox.count());
    }

    @Test
    void malformedOrderIdIs400() throws Exception {
        HttpResponse<String> response = http.post("/orders/ten/process", Api.OPERATOR);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("ordersId"), response.body());
    }

    @Test
    void unsentMessagesAreListedAndShownToEveryRole() throws Exception {
        long id = Outbox.plantRefused("OrderCreateXMLFormat", 10101, 10001L, "<x/>".getBytes(StandardCharsets.UTF_8));
        for (String user : new String[] {Api.VIEWER, Api.OPERATOR, Api.ADMIN}) {
            HttpResponse<String> list = http.get("/unsent", user);
            assertEquals(200, list.statusCode(), list.body());
            JsonArray rows = Http.json(list).asJsonArray();
            JsonObject row = rows.stream()
                    .map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("id").longValue() == id)
                    .findFirst()
                    .orElseThrow();
            assertEquals("RETRYING", row.getString("state"));
            assertEquals("OrderCreateXMLFormat", row.getString("messageType"));
            assertEquals(10001, row.getJsonNumber("ordersId").longValue());
            assertEquals(3, row.getInt("retries"));
            assertEquals(1, row.getInt("attempts"));
        }
        assertEquals(200, http.get("/unsent/" + id, Api.VIEWER).statusCode());
        assertEquals("<x/>", http.getAny("/unsent/" + id + "/body", Api.VIEWER).body());
        assertEquals(404, http.get("/unsent/123", Api.VIEWER).statusCode());
    }

    @Test
    void operatorSendsAgainViewerMayNot() throws Exception {
        long id =
                Outbox.plantRefused("OrderCreateXMLFormat", 10101, 10001L, "<again/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, http.post("/unsent/" + id + "/send", Api.VIEWER).statusCode());
        assertNotNull(Outbox.row(id));

        HttpResponse<String> sent = http.post("/unsent/" + id + "/send", Api.OPERATOR);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals("SENT", Http.json(sent).asJsonObject().getString("outcome"));
        OutboundQueue.Received message = OutboundQueue.receive(ARRIVAL);
        assertNotNull(message);
        assertEquals("<again/>", message.text());
        assertNull(Outbox.row(id));
        assertEquals(404, http.post("/unsent/" + id + "/send", Api.OPERATOR).statusCode(), "already sent");
    }

    @Test
    void operatorIncrementsRetriesViewerMayNot() throws Exception {
        long id = Outbox.plantRefused(
                "OrderCreateFixFormat", 10101, 10002L, "<ECEDOC/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, http.post("/unsent/" + id + "/retries", Api.VIEWER).statusCode());
        HttpResponse<String> incremented = http.post("/unsent/" + id + "/retries", Api.OPERATOR);
        assertEquals(200, incremented.statusCode(), incremented.body());
        assertEquals(4, Http.json(incremented).asJsonObject().getInt("retries"));
        Map<String, Object> row = Outbox.row(id);
        assertEquals(4, ((Number) row.get("RETRIES")).intValue());
    }

    @Test
    void onlyAdminDeletes() throws Exception {
        long id =
                Outbox.plantRefused("OrderCreateXMLFormat", 10101, 10003L, "<gone/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, http.delete("/unsent/" + id, Api.VIEWER).statusCode());
        assertEquals(403, http.delete("/unsent/" + id, Api.OPERATOR).statusCode());
        assertNotNull(Outbox.row(id));
        assertEquals(204, http.delete("/unsent/" + id, Api.ADMIN).statusCode());
        assertNull(Outbox.row(id));
        assertEquals(404, http.delete("/unsent/" + id, Api.ADMIN).statusCode());
        assertEquals(List.of(), OutboundQueue.receiveSentSoFar(), "a deleted message is not sent");
    }

    @Test
    void messageTypesAreListed() throws Exception {
        HttpResponse<String> response = http.get("/outbound/types", Api.VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                response.body().contains("OrderCreateXMLFormat")
                        && response.body().contains("OrderCreateFixFormat"),
                response.body());
    }
}
