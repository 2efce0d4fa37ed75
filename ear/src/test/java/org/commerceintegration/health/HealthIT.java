package org.commerceintegration.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /health/live} and {@code /health/ready} over HTTP, as a load balancer or orchestrator sees them.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(HealthIT.class);
    }

    @Test
    @RunAsClient
    void readyWhenDatabaseAndMessagingAnswer() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"name\":\"messaging\""), body);
    }

    @Test
    @RunAsClient
    void live() throws Exception {
        HttpResponse<String> response = get("/health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().replace(" ", "").contains("\"status\":\"UP\""), response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + System.getProperty("http.port", "9080") + path);
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
