package org.commerceintegration.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/orders/{ordersId}/status}: the ORDSTAT/ORDISTAT rows with column names as keys, and the messages.
 */
@ExtendWith(ArquillianExtension.class)
class OrderStatusApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OrderStatusApiIT.class);
    }

    @Test
    void statusOfAnOrderAfterAMessage() throws Exception {
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID = 10002");
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID = 10002");
        String id = Queues.sendBytes(
                Queues.SERIAL,
                StatusMessages.legacyV2(10002, 20003, "SHIPPED", "S").getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals("PROCESSED", InboundRecords.awaitOutcome(id));
        HttpResponse<String> response = Api.as(Api.VIEWER).get("/api/orders/10002/status");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.contains("\"OSSTATUS\":\"SHIPPED\""), body);
        assertTrue(body.contains("\"ORDERITMES_ID\":20003"), body);
        assertTrue(body.contains("\"OISTATUS\":\"S\""), body);
        assertTrue(body.contains("\"MSGID\":\"" + id + "\""), "the message seen for the order: " + body);
        assertTrue(body.contains("\"name\":\"CARRIER\"") && body.contains("\"value\":\"UPS\""), "user data: " + body);
    }

    @Test
    @RunAsClient
    void errors() {
        assertEquals(404, Api.as(Api.VIEWER).get("/api/orders/99999/status").statusCode());
        HttpResponse<String> bad = Api.as(Api.VIEWER).get("/api/orders/abc/status");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("ordersId must be a number"), bad.body());
        assertEquals(401, Api.anonymous().get("/api/orders/10001/status").statusCode());
    }
}
