package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jms.JMSContext;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.commerceintegration.monitoring.listener.Listeners;
import org.commerceintegration.monitoring.operation.QueueOperations;
import org.commerceintegration.monitoring.statistics.QueueStatistics;
import org.commerceintegration.outbound.UnsentMessages;
import org.commerceintegration.registry.CommandRegistrations;
import org.commerceintegration.registry.RegistryAdministration;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Outbox;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security review's findings, checked on the real server: the console session (cookie flags, a new session id at
 * login, logout ends it, cross-site requests refused), login failures logged escaped and throttled, roles enforced at
 * the EJB, puts on the outbound and error queues for admins only, bounded browse pages and request bodies, paginated
 * lists, and a readiness answer that never browses the error queue.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

    @EJB
    private CommandRegistrations registrations;

    @EJB
    private QueueOperations operations;

    @EJB
    private UnsentMessages unsent;

    @EJB
    private Listeners listeners;

    @EJB
    private RegistryAdministration administration;

    @EJB
    private QueueStatistics statistics;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(SecurityHardeningIT.class);
    }

    // ----- the console session, from a browser's point of view -----

    /** A browser: its own cookies, no redirects followed, no Basic credentials. */
    private record Browser(HttpClient client, CookieManager cookies) {

        static Browser open() {
            CookieManager cookies = new CookieManager();
            return new Browser(
                    HttpClient.newBuilder()
                            .sslContext(Api.trustAll())
                            .cookieHandler(cookies)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build(),
                    cookies);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String user, String password, String... headers) throws Exception {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/console/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).GET());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        String cookieHeader() {
            return String.join(
                    "; ",
                    cookies.getCookieStore().getCookies().stream()
                            .map(c -> c.getName() + "=" + c.getValue())
                            .toList());
        }
    }

    /** From {@code GET /api/session}; read without JSON-P, which the client side lacks. */
    private static String csrfToken(Browser browser) throws Exception {
        HttpResponse<String> session = browser.get("/api/session");
        assertEquals(200, session.statusCode(), session.body());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(session.body());
        assertTrue(token.find(), session.body());
        return token.group(1);
    }

    @Test
    @RunAsClient
    void sessionCookiesAreSecureHttpOnlyStrictAndTheIdChangesAtLogin() throws Exception {
        Browser browser = Browser.open();
        HttpResponse<String> first = browser.login("viewer", "viewer-password");
        assertEquals(302, first.statusCode());
        assertTrue(
                first.headers().firstValue("Location").orElse("").endsWith("/console/"),
                first.headers().map().toString());
        List<String> setCookies = first.headers().allValues("Set-Cookie");
        assertFalse(setCookies.isEmpty(), "the login sets its cookie");
        for (String cookie : setCookies) {
            String lower = cookie.toLowerCase();
            assertTrue(lower.contains("secure"), cookie);
            assertTrue(lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite=strict"), cookie);
        }
        assertTrue(first.headers()
                .firstValue("Strict-Transport-Security")
                .orElse("")
                .startsWith("max-age="));
        // The login itself lives in Liberty's SSO cookie; the session starts with the first call that needs one (the
        // CSRF token), and its cookie carries the same flags.
        HttpResponse<String> session = browser.get("/api/session");
        assertEquals(200, session.statusCode(), session.body());
        List<String> sessionCookies = session.headers().allValues("Set-Cookie");
        assertTrue(sessionCookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), sessionCookies.toString());
        for (String cookie : sessionCookies) {
            String lower = cookie.toLowerCase();
            assertTrue(lower.contains("secure") && lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite=strict"), cookie);
        }
        String planted = browser.sessionId();
        assertNotNull(planted, "a live session id: " + sessionCookies);

        // Session fixation: that id planted in another browser (without the SSO cookie, which would log it in
        // already), and a login there must not go on under the planted id.
        Browser victim = Browser.open();
        HttpResponse<String> login = victim.login("operator", "operator-password", "Cookie", "JSESSIONID=" + planted);
        assertEquals(302, login.statusCode());
        assertTrue(
                login.headers().firstValue("Location").orElse("").endsWith("/console/"),
                login.headers().map().toString());
        String after = victim.sessionId();
        assertNotNull(after, "the login issued a session id: " + login.headers().allValues("Set-Cookie"));
        assertNotEquals(planted, after, "the session id changed at login");
    }

    @Test
    @RunAsClient
    void aLoginPostedOverAnEarlierLoginEndsItAndChecksTheNewCredentials() throws Exception {
        Browser browser = Browser.open();
        browser.login("viewer", "viewer-password");
        HttpResponse<String> asViewer = browser.get("/api/session");
        assertEquals(200, asViewer.statusCode(), asViewer.body());
        assertTrue(asViewer.body().contains("\"user\":\"viewer\""), asViewer.body());

        HttpResponse<String> over = browser.login("operator", "not-the-password");
        assertEquals(302, over.statusCode(), over.body());
        String location = over.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/console/login.html"), "not let in with a wrong password: " + location);
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/session"))
                .header("X-Console-Request", "1")
                .GET());
        assertEquals(401, after.statusCode(), "the earlier login is over: " + after.body());

        HttpResponse<String> again = browser.login("operator", "operator-password");
        assertTrue(
                again.headers().firstValue("Location").orElse("").endsWith("/console/"),
                again.headers().map().toString());
        HttpResponse<String> asOperator = browser.get("/api/session");
        assertTrue(asOperator.body().contains("\"user\":\"operator\""), asOperator.body());
    }

    @Test
    @RunAsClient
    void logoutEndsTheSessionForGood() throws Exception {
        Browser browser = Browser.open();
        browser.login("operator", "operator-password");
        assertEquals(200, browser.get("/api/session").statusCode());
        String cookiesBeforeLogout = browser.cookieHeader();

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/console/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(302, logout.statusCode());

        // Replaying every cookie the browser held, as a thief who copied them would.
        Browser thief = Browser.open();
        HttpResponse<String> replayed = thief.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/session"))
                .header("Cookie", cookiesBeforeLogout)
                .header("X-Console-Request", "1")
                .GET());
        assertEquals(401, replayed.statusCode(), replayed.body());
    }

    @Test
    @RunAsClient
    void crossSiteStateChangesAreRefusedEvenWithTheSessionsToken() throws Exception {
        Browser browser = Browser.open();
        browser.login("operator", "operator-password");
        String token = csrfToken(browser);
        String[][] crossSite = {{"Origin", "null"}, {"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}
        };
        for (String[] header : crossSite) {
            HttpResponse<String> response =
                    browser.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/registry/reload"))
                            .header("X-CSRF-Token", token)
                            .header(header[0], header[1])
                            .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, response.statusCode(), String.join(": ", header) + " " + response.body());
        }
        HttpResponse<String> sameSite =
                browser.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/registry/reload"))
                        .header("X-CSRF-Token", token)
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, sameSite.statusCode(), "the same request from the console itself: " + sameSite.body());
    }

    @Test
    @RunAsClient
    void aLoginFormPostedFromAnotherSiteIsRefused() throws Exception {
        for (String[] header :
                new String[][] {{"Origin", "null"}, {"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}
                }) {
            Browser browser = Browser.open();
            HttpResponse<String> response = browser.login("admin", "admin-password", header[0], header[1]);
            assertEquals(302, response.statusCode(), String.join(": ", header));
            assertTrue(
                    response.headers().firstValue("Location").orElse("").endsWith("/console/login.html?error"),
                    "back to the login page: " + response.headers().map());
            assertEquals(401, browser.get("/api/session").statusCode(), "not logged in: " + String.join(": ", header));
        }
    }

    // ----- login failures: logged escaped, throttled -----

    @Test
    void failedLoginsAreLoggedEscapedAndRepeatedOnesRefused() throws Exception {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        // the web module's classes are not visible here; the logger is found by name in the JVM's one LogManager
        Logger logger = Logger.getLogger("org.commerceintegration.security.ConsoleAuthenticationMechanism");
        logger.addHandler(capture);
        try {
            String marker = UUID.randomUUID().toString();
            Browser.open().login("eve\r\nINFO forged " + marker, "x");
            assertTrue(
                    InServer.await(5000, () -> logged.stream().anyMatch(m -> m.contains(marker))), logged.toString());
            String line =
                    logged.stream().filter(m -> m.contains(marker)).findFirst().orElseThrow();
            assertTrue(line.startsWith("Console login failed for 'eve\\u000d\\u000aINFO forged"), line);
            assertFalse(line.contains("\n") || line.contains("\r"), line);

            String user = "probe-" + marker;
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = Api.as(user + ":wrong" + i).get(InServer.url("/api/session"));
                assertEquals(401, wrong.statusCode(), "failure " + (i + 1));
            }
            assertEquals(
                    5,
                    logged.stream()
                            .filter(m -> m.startsWith("Basic login failed for '" + user + "'"))
                            .count(),
                    logged.toString());
            HttpResponse<String> refused = Api.as(user + ":wrong").get(InServer.url("/api/session"));
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(
                    Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);
            assertEquals(
                    200, Api.as(Api.VIEWER).get(InServer.url("/api/session")).statusCode(), "other users still log in");
        } finally {
            logger.removeHandler(capture);
        }
    }

    // ----- roles at the EJB, and the two queues only admins may put on -----

    @Test
    void stateChangingBusinessMethodsRefuseACallerWithoutTheRole() {
        assertThrows(
                EJBAccessException.class,
                () -> registrations.switchImplementation(
                        10101,
                        "com.ibm.commerce.order.commands.OrderMessagingCmd",
                        "com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl"));
        assertThrows(
                EJBAccessException.class,
                () -> operations.put("JMSSerialInboundQueue", "x".getBytes(StandardCharsets.UTF_8), true, "UTF-8"));
        assertThrows(EJBAccessException.class, () -> operations.delete("JMSErrorQueue", "ID:none"));
        assertThrows(EJBAccessException.class, () -> unsent.delete(1L));
        assertThrows(EJBAccessException.class, () -> unsent.incrementRetries(1L));
        assertThrows(EJBAccessException.class, () -> unsent.sendAgain(1L));
        assertThrows(EJBAccessException.class, () -> operations.replay("JMSErrorQueue", "ID:none", null, null));
        assertThrows(EJBAccessException.class, () -> operations.replayAll("JMSErrorQueue", List.of("ID:none"), null));
        assertThrows(EJBAccessException.class, () -> listeners.pause("JMSSerialInboundQueue"));
        assertThrows(EJBAccessException.class, () -> listeners.resume("JMSSerialInboundQueue"));
        assertThrows(EJBAccessException.class, () -> administration.reload());
    }

    @Test
    void onlyAnAdminPutsOnTheOutboundAndErrorQueues() {
        for (String queue : List.of("JMSOutboundQueue", "JMSErrorQueue")) {
            HttpResponse<String> operator = Api.as(Api.OPERATOR)
                    .post(InServer.url("/api/queues/" + queue + "/messages"), "text/plain", "forged " + queue);
            assertEquals(403, operator.statusCode(), queue + ": " + operator.body());

            HttpResponse<String> admin = Api.as(Api.ADMIN)
                    .post(InServer.url("/api/queues/" + queue + "/messages"), "text/plain", "put by an admin");
            assertEquals(201, admin.statusCode(), queue + ": " + admin.body());
            String id = InServer.object(admin).getString("messageId");
            HttpResponse<String> deleted =
                    Api.as(Api.ADMIN).delete(InServer.url("/api/queues/" + queue + "/messages/" + id));
            assertEquals(200, deleted.statusCode(), deleted.body());
        }
    }

    // ----- bounded answers and bodies -----

    @Test
    void oneBrowsePageHoldsAtMostItsBudgetOfBodies() {
        String megabyte = "x".repeat(1 << 20);
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                ids.add(Queues.sendText(Queues.ERROR, megabyte));
            }
            HttpResponse<String> response = Api.as(Api.VIEWER)
                    .get(InServer.url("/api/queues/JMSErrorQueue/messages?limit=500&bodyLimit=1048576"));
            assertEquals(200, response.statusCode());
            JsonObject page = InServer.object(response);
            int budget = page.getInt("pageBodyBytes");
            assertTrue(budget < 6 << 20, "budget " + budget);
            assertTrue(page.getBoolean("bodiesCapped"), "the page says bodies were cut for its budget");
            long shown = 0;
            for (JsonValue message : page.getJsonArray("messages")) {
                JsonObject m = message.asJsonObject();
                shown += m.isNull("body") ? 0 : m.getString("body").length();
            }
            assertTrue(shown <= budget, shown + " body characters in one page");
        } finally {
            try (JMSContext context = Queues.context()) {
                for (String id : ids) {
                    context.createConsumer(Queues.queue(Queues.ERROR), "JMSMessageID = '" + id + "'")
                            .receive(5000);
                }
            }
        }
    }

    @Test
    void aBodyAboveTheLimitIsRefusedBeforeItIsRead() {
        HttpResponse<String> response = Api.as(Api.ADMIN)
                .send(Api.as(Api.ADMIN)
                        .request(InServer.url("/api/queues/JMSErrorQueue/messages"))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1])));
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void unsentAndStatusListsArePaged() {
        long first = Outbox.plantRefused(
                "OrderCreateXMLFormat", 10101, 10001L, "<paged-1/>".getBytes(StandardCharsets.UTF_8));
        long second = Outbox.plantRefused(
                "OrderCreateXMLFormat", 10101, 10001L, "<paged-2/>".getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> unsentPage = Api.as(Api.VIEWER).get(InServer.url("/api/unsent?limit=1"));
            assertEquals(200, unsentPage.statusCode(), unsentPage.body());
            JsonArray firstPage = InServer.array(unsentPage);
            assertEquals(1, firstPage.size(), unsentPage.body());
            long total = Long.parseLong(
                    unsentPage.headers().firstValue("X-Total-Count").orElseThrow());
            assertTrue(total >= 2, "total " + total + ", with two rows planted");
            HttpResponse<String> next = Api.as(Api.VIEWER).get(InServer.url("/api/unsent?offset=1&limit=1"));
            assertEquals(200, next.statusCode(), next.body());
            JsonArray secondPage = InServer.array(next);
            assertEquals(1, secondPage.size(), next.body());
            assertNotEquals(firstPage.get(0), secondPage.get(0), "offset 1 is the next row");
        } finally {
            Jdbc.execute("delete from MSGSTORE where MSGID in (" + first + ", " + second + ")");
        }
        assertEquals(
                400,
                Api.as(Api.VIEWER).get(InServer.url("/api/unsent?limit=501")).statusCode());

        // two inbound messages for the order, one after the other, so that its message list holds two rows at least
        for (String status : List.of("PAGED-1", "PAGED-2")) {
            String id = Queues.sendText(Queues.PARALLEL, StatusMessages.ncXml(10001, status, true));
            assertNotNull(InboundRecords.awaitOutcome(id), "message " + status + " handled");
        }
        HttpResponse<String> status = Api.as(Api.VIEWER).get(InServer.url("/api/orders/10001/status?limit=1"));
        assertEquals(200, status.statusCode(), status.body());
        JsonObject view = InServer.object(status);
        assertEquals(1, view.getInt("limit"));
        for (String list : List.of("ordstat", "ordistat", "messages")) {
            long total = view.getJsonObject("totals").getJsonNumber(list).longValue();
            assertEquals(Math.min(1, total), view.getJsonArray(list).size(), list + " of " + total);
        }
        assertTrue(view.getJsonObject("totals").getJsonNumber("messages").longValue() >= 2, status.body());
        HttpResponse<String> next = Api.as(Api.VIEWER).get(InServer.url("/api/orders/10001/status?offset=1&limit=1"));
        assertEquals(200, next.statusCode(), next.body());
        JsonArray secondMessages = InServer.object(next).getJsonArray("messages");
        assertEquals(1, secondMessages.size(), next.body());
        assertNotEquals(view.getJsonArray("messages").get(0), secondMessages.get(0), "offset 1 is the next message");
        assertEquals(
                400,
                Api.as(Api.VIEWER)
                        .get(InServer.url("/api/orders/10001/status?limit=0"))
                        .statusCode());
    }

    // ----- readiness never browses -----

    @Test
    void readinessReportsTheSampledErrorQueueDepthNotALiveCount() throws Exception {
        List<String> markers = new ArrayList<>();
        try {
            boolean seen = InServer.await(60_000, () -> {
                long sampledBefore = statistics.sampledDepth("JMSErrorQueue");
                long live = statistics.depth("JMSErrorQueue").depth();
                if (live <= sampledBefore) {
                    // the sampler has counted every marker so far: one more, which it has not
                    markers.add(Queues.sendText(Queues.ERROR, "readiness marker"));
                    return false;
                }
                HttpResponse<String> ready = Api.anonymous().get(InServer.serverUrl("/health/ready"));
                long sampledAfter = statistics.sampledDepth("JMSErrorQueue");
                if (sampledBefore != sampledAfter) {
                    return false; // a sample fell in between: try again
                }
                assertFalse(ready.body().contains("Exception"), ready.body());
                assertEquals(sampledBefore, errorQueueDepth(ready), "readiness answered " + ready.body());
                return true;
            });
            assertTrue(seen, "never caught the sampler before it counted a marker");
        } finally {
            try (JMSContext context = Queues.context()) {
                for (String marker : markers) {
                    context.createConsumer(Queues.queue(Queues.ERROR), "JMSMessageID = '" + marker + "'")
                            .receive(5000);
                }
            }
        }
    }

    private static long errorQueueDepth(HttpResponse<String> ready) {
        for (JsonValue check : InServer.object(ready).getJsonArray("checks")) {
            JsonObject c = check.asJsonObject();
            if (c.getString("name").equals("error-queue")) {
                return c.getJsonObject("data").getJsonNumber("depth").longValue();
            }
        }
        throw new AssertionError("no error-queue check: " + ready.body());
    }
}
