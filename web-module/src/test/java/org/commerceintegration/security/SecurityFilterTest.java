package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SecurityFilterTest {

    private static FakeHttp.Response filter(FakeHttp.Request request, AtomicBoolean passed) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        new SecurityFilter().doFilter(request.servlet(), response.servlet(), (req, res) -> passed.set(true));
        return response;
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        FakeHttp.Response response = filter(new FakeHttp.Request().path("/console", "/index.html"), passed);
        assertTrue(passed.get());
        assertEquals(SecurityFilter.CONTENT_SECURITY_POLICY, response.headers.get("Content-Security-Policy"));
        assertTrue(response.headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertFalse(response.headers.get("Content-Security-Policy").contains("unsafe-inline"));
        assertEquals("nosniff", response.headers.get("X-Content-Type-Options"));
        assertEquals("DENY", response.headers.get("X-Frame-Options"));
        assertEquals("no-referrer", response.headers.get("Referrer-Policy"));
        assertEquals("max-age=31536000", response.headers.get("Strict-Transport-Security"));
        assertNull(response.headers.get("Cache-Control"), "console pages may be cached");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        FakeHttp.Request plain = new FakeHttp.Request().path("/console", "/index.html");
        plain.secure = false;
        assertNull(filter(plain, new AtomicBoolean()).headers.get("Strict-Transport-Security"));
    }

    @Test
    void apiAnswersAreNotCached() throws Exception {
        FakeHttp.Response response = filter(new FakeHttp.Request().path("/api", "/queues"), new AtomicBoolean());
        assertEquals("no-store", response.headers.get("Cache-Control"));
    }

    @Test
    void crossSiteApiChangeStopsHereWith403() throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        FakeHttp.Request request = new FakeHttp.Request()
                .method("POST")
                .path("/api", "/registry/reload")
                .header("Authorization", "Basic eDp5")
                .header("Sec-Fetch-Site", "cross-site");
        FakeHttp.Response response = filter(request, passed);
        assertFalse(passed.get(), "the request went on");
        assertEquals(403, response.status);
        assertTrue(response.body.toString().contains("Cross-site request refused"), response.body.toString());
    }
}
