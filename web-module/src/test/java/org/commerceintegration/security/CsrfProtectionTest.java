package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfProtectionTest {

    private static FakeHttp.Request post() {
        return new FakeHttp.Request().method("POST").path("/api", "/registry/reload");
    }

    private static String tokenOf(FakeHttp.Request request) {
        return CsrfProtection.tokenFor(request.servlet().getSession(true));
    }

    @Test
    void safeMethodsPassWithoutAnything() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertNull(
                    CsrfProtection.violation(
                            new FakeHttp.Request().method(method).servlet()),
                    method);
        }
    }

    @Test
    void sessionStateChangeNeedsTheSessionsToken() {
        FakeHttp.Request request = post().withSession();
        String token = tokenOf(request);
        assertNotNull(CsrfProtection.violation(request.servlet()), "no token");
        request.header(CsrfProtection.HEADER, token + "x");
        assertNotNull(CsrfProtection.violation(request.servlet()), "wrong token");
        request.header(CsrfProtection.HEADER, token);
        assertNull(CsrfProtection.violation(request.servlet()), "the session's token");
        assertNotNull(
                CsrfProtection.violation(
                        post().header(CsrfProtection.HEADER, token).servlet()),
                "no session");
    }

    @Test
    void tokensAreRandomPerSessionAndStable() {
        FakeHttp.Request one = post().withSession();
        FakeHttp.Request two = post().withSession();
        assertEquals(tokenOf(one), tokenOf(one));
        assertNotEquals(tokenOf(one), tokenOf(two));
        assertTrue(tokenOf(one).length() >= 40, "256 random bits");
    }

    @Test
    void basicWithoutTokenPassesFromTheSameOrigin() {
        assertNull(CsrfProtection.violation(
                post().header("Authorization", "Basic eDp5").servlet()));
        assertNull(CsrfProtection.violation(post().header("Authorization", "Basic eDp5")
                .header("Origin", "https://localhost:9443")
                .header("Sec-Fetch-Site", "same-origin")
                .servlet()));
    }

    @Test
    void aBrowsersOwnNoReferrerFormPostIsSameOrigin() {
        // Chromium sends Origin: null for a form post from a page with Referrer-Policy: no-referrer.
        FakeHttp.Request login = post().header("Origin", "null").header("Sec-Fetch-Site", "same-origin");
        assertEquals(false, CsrfProtection.crossSite(login.servlet()));
        assertTrue(CsrfProtection.crossSite(post().header("Origin", "null").servlet()), "null without Sec-Fetch-Site");
        assertTrue(CsrfProtection.crossSite(post().header("Origin", "file:///").servlet()), "an origin without a host");
        assertTrue(CsrfProtection.crossSite(post().header("Origin", "https://localhost:9443")
                .header("Sec-Fetch-Site", "cross-site")
                .servlet()));
    }

    @Test
    void crossSiteIsRefusedEvenWithBasicOrAValidToken() {
        FakeHttp.Request withToken = post().withSession();
        withToken.header(CsrfProtection.HEADER, tokenOf(withToken));
        String[][] crossSite = {
            {"Origin", "null"},
            {"Origin", "https://evil.example"},
            {"Origin", "https://localhost:9444"},
            {"Origin", "http://localhost"},
            {"Origin", "::not a uri::"},
            {"Sec-Fetch-Site", "cross-site"},
            {"Sec-Fetch-Site", "same-site"},
        };
        for (String[] header : crossSite) {
            FakeHttp.Request basic =
                    post().header("Authorization", "Basic eDp5").header(header[0], header[1]);
            assertEquals(
                    "Cross-site request refused", CsrfProtection.violation(basic.servlet()), String.join(": ", header));
            withToken.headers.remove("origin");
            withToken.headers.remove("sec-fetch-site");
            withToken.header(header[0], header[1]);
            assertNotNull(CsrfProtection.violation(withToken.servlet()), String.join(": ", header));
            assertTrue(CsrfProtection.crossSite(basic.servlet()), String.join(": ", header));
        }
    }
}
