package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, roles, transport and headers of the API, from the outside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ApiSecurityIT.class);
    }

    @Test
    void noCredentialsIsUnauthorizedWithBasicChallenge() {
        HttpResponse<String> response = Api.anonymous().get("/api/session");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        assertEquals(401, Api.as("admin:wrong").get("/api/session").statusCode());
    }

    @Test
    void sessionShowsUserRolesAndToken() {
        HttpResponse<String> response = Api.as(Api.VIEWER).get("/api/session");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"user\":\"viewer\""), response.body());
        assertTrue(response.body().contains("integration-viewer"), response.body());
        assertFalse(response.body().contains("integration-admin"), response.body());
        assertTrue(response.body().contains("csrfToken"), response.body());

        String admin = Api.as(Api.ADMIN).get("/api/session").body();
        assertTrue(admin.contains("integration-admin") && admin.contains("integration-operator"), admin);
    }

    @Test
    void plainHttpIsRedirectedToHttps() {
        HttpResponse<String> response = Api.anonymous()
                .get("http://localhost:" + System.getProperty("http.port", "9080") + "/integration/api/session");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").startsWith("https://"));
    }

    @Test
    void responsesCarryContentSecurityPolicyAndNoSniff() {
        HttpResponse<String> response = Api.as(Api.VIEWER).get("/api/session");
        assertTrue(response.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("default-src 'self'"));
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void crossSiteStateChangeIsRefusedEvenWithBasic() {
        HttpResponse<String> response = Api.as(Api.ADMIN)
                .send(Api.as(Api.ADMIN)
                        .request("/api/registry/reload")
                        .header("Origin", "https://evil.example")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, response.statusCode(), response.body());
    }

    @Test
    void loginPageIsPublic() {
        HttpResponse<String> response = Api.anonymous().get("/console/login.html");
        assertEquals(200, response.statusCode());
    }
}
