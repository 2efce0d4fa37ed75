package org.commerceintegration.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/registry}: read by every role, switched by admins only, with a choice among known implementations,
 * audited, and effective at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryApiIT {

    private static final String PATH = "/api/registry/10101/com.ibm.commerce.order.commands.OrderMessagingCmd";
    private static final String LEGACY = "{\"className\":\"com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(RegistryApiIT.class);
    }

    @AfterEach
    void restore() {
        Api.as(Api.ADMIN)
                .put(
                        PATH,
                        "application/json",
                        "{\"className\":\"com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl\"}");
    }

    @Test
    void everyRoleReadsTheRegistry() {
        HttpResponse<String> response = Api.as(Api.VIEWER).get("/api/registry");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("com.ibm.commerce.order.commands.OrderMessagingCmd"), response.body());
        assertTrue(response.body().contains("\"storeName\":\"Demo Store\""), response.body());
        assertTrue(
                response.body().contains("com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl"),
                "choices are listed: " + response.body());
    }

    @Test
    void adminSwitchesAStoreAndItIsAudited() {
        HttpResponse<String> response = Api.as(Api.ADMIN).put(PATH, "application/json", LEGACY);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                response.body().contains("\"className\":\"com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl\""));

        String registry = Api.as(Api.VIEWER).get("/api/registry").body();
        assertTrue(
                registry.contains("{\"className\":\"com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl\","
                        + "\"interfaceName\":\"com.ibm.commerce.order.commands.OrderMessagingCmd\",\"source\":\"store\","
                        + "\"storeId\":10101,\"storeName\":\"Demo Store\"}"),
                "store 10101 now runs the legacy command: " + registry);

        String audit = Api.as(Api.VIEWER).get("/api/audit?limit=5").body();
        assertTrue(audit.contains("registry.switch") && audit.contains("\"actor\":\"admin\""), audit);
        assertTrue(audit.contains("SendWCSOrderCmdImpl"), audit);
    }

    @Test
    void operatorsAndViewersMayNotSwitch() {
        assertEquals(
                403, Api.as(Api.OPERATOR).put(PATH, "application/json", LEGACY).statusCode());
        assertEquals(
                403, Api.as(Api.VIEWER).put(PATH, "application/json", LEGACY).statusCode());
        assertEquals(401, Api.anonymous().put(PATH, "application/json", LEGACY).statusCode());
    }

    @Test
    void freeTextIsRefused() {
        HttpResponse<String> response =
                Api.as(Api.ADMIN).put(PATH, "application/json", "{\"className\":\"com.example.Evil\"}");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("not a known implementation"), response.body());
        assertEquals(400, Api.as(Api.ADMIN).put(PATH, "application/json", "{}").statusCode());
    }

    @Test
    void reload() {
        assertEquals(
                200,
                Api.as(Api.OPERATOR)
                        .post("/api/registry/reload", "application/json", "")
                        .statusCode());
        assertEquals(
                403,
                Api.as(Api.VIEWER)
                        .post("/api/registry/reload", "application/json", "")
                        .statusCode());
    }
}
