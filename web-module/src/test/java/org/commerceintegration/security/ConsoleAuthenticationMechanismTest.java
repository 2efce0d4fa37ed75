package org.commerceintegration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsoleAuthenticationMechanismTest {

    private final ConfiguredUsersIdentityStore store = new ConfiguredUsersIdentityStore(new MapConfig(Map.of(
            "console.admin.user", "admin",
            "console.admin.password", "admin-secret",
            "console.viewer.user", "viewer",
            "console.viewer.password", "viewer-secret")));
    private final IdentityStoreHandler handler = credential -> store.validate((UsernamePasswordCredential) credential);
    private final ConsoleAuthenticationMechanism mechanism =
            new ConsoleAuthenticationMechanism(handler, new LoginThrottle(3, 50, 30, Clock.systemUTC()));

    private final Logger logger = Logger.getLogger(ConsoleAuthenticationMechanism.class.getName());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    private static FakeHttp.Request basic(String credentials) {
        return new FakeHttp.Request()
                .path("/api", "/session")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static FakeHttp.Request form(String user, String password) {
        return new FakeHttp.Request()
                .method("POST")
                .path(ConsoleAuthenticationMechanism.LOGIN_PATH, null)
                .header("Origin", "https://localhost:9443")
                .parameter("username", user)
                .parameter("password", password);
    }

    private AuthenticationStatus run(FakeHttp.Request request, FakeHttp.Response response, FakeHttp.Context context) {
        return mechanism.validateRequest(request.servlet(), response.servlet(), context.servlet());
    }

    @Test
    void basicWithGoodCredentialsLogsIn() {
        FakeHttp.Context context = new FakeHttp.Context();
        assertEquals(AuthenticationStatus.SUCCESS, run(basic("admin:admin-secret"), new FakeHttp.Response(), context));
        assertEquals("admin", context.loggedIn.getCallerPrincipal().getName());
    }

    @Test
    void basicFailureIsLoggedAnsweredWithAChallengeAndThrottled() {
        for (int i = 0; i < 3; i++) {
            FakeHttp.Response response = new FakeHttp.Response();
            assertEquals(
                    AuthenticationStatus.SEND_FAILURE, run(basic("admin:guess" + i), response, new FakeHttp.Context()));
            assertTrue(response.headers.get("WWW-Authenticate").startsWith("Basic"));
        }
        assertEquals(
                3,
                logged.stream()
                        .filter(m -> m.startsWith("Basic login failed for 'admin'"))
                        .count(),
                logged.toString());
        assertTrue(logged.get(0).contains("192.0.2.10"), logged.get(0));

        FakeHttp.Response refused = new FakeHttp.Response();
        FakeHttp.Context context = new FakeHttp.Context();
        assertEquals(AuthenticationStatus.SEND_FAILURE, run(basic("admin:admin-secret"), refused, context));
        assertEquals(ConsoleAuthenticationMechanism.TOO_MANY_REQUESTS, refused.status, "refused even when right");
        assertTrue(Integer.parseInt(refused.headers.get("Retry-After")) > 0);
        assertNull(context.loggedIn);
        assertTrue(logged.get(logged.size() - 1).contains("too many failures"), logged.toString());
    }

    @Test
    void formFailureIsLoggedWithTheUserNameEscaped() {
        FakeHttp.Response response = new FakeHttp.Response();
        run(form("eve\r\nINFO forged line", "x"), response, new FakeHttp.Context());
        assertTrue(response.redirect.endsWith(ConsoleAuthenticationMechanism.LOGIN_PAGE + "?error"), response.redirect);
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).contains("'eve\\u000d\\u000aINFO forged line'"), logged.get(0));
        assertFalse(logged.get(0).contains("\n"), logged.get(0));
    }

    @Test
    void formLoginChangesTheSessionIdAndLogsIn() {
        FakeHttp.Request request = form("viewer", "viewer-secret").withSession();
        FakeHttp.Context context = new FakeHttp.Context();
        assertEquals(AuthenticationStatus.SUCCESS, run(request, new FakeHttp.Response(), context));
        assertEquals(1, request.sessionIdChanges, "a session id planted before login is worthless");
        assertEquals("viewer", context.loggedIn.getCallerPrincipal().getName());
    }

    @Test
    void formPostedFromAnotherSiteIsRefusedBeforeThePasswordIsChecked() {
        for (String[] header :
                new String[][] {{"Origin", "null"}, {"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}
                }) {
            FakeHttp.Request request = form("viewer", "viewer-secret").withSession();
            request.headers.remove("origin");
            request.header(header[0], header[1]);
            FakeHttp.Response response = new FakeHttp.Response();
            FakeHttp.Context context = new FakeHttp.Context();
            assertEquals(AuthenticationStatus.SEND_CONTINUE, run(request, response, context), header[1]);
            assertTrue(response.redirect.endsWith(ConsoleAuthenticationMechanism.LOGIN_PAGE + "?error"), header[1]);
            assertNull(context.loggedIn, header[1]);
            assertEquals(0, request.sessionIdChanges, header[1]);
        }
    }

    @Test
    void unauthenticatedApiCallIs401WithChallengeUnlessTheConsoleAsks() {
        FakeHttp.Response response = new FakeHttp.Response();
        FakeHttp.Context context = new FakeHttp.Context();
        run(new FakeHttp.Request().path("/api", "/queues"), response, context);
        assertTrue(context.calls.contains("responseUnauthorized"));
        assertTrue(response.headers.get("WWW-Authenticate").startsWith("Basic"));

        FakeHttp.Response console = new FakeHttp.Response();
        run(
                new FakeHttp.Request()
                        .path("/api", "/queues")
                        .header(ConsoleAuthenticationMechanism.CONSOLE_REQUEST_HEADER, "1"),
                console,
                new FakeHttp.Context());
        assertNull(console.headers.get("WWW-Authenticate"), "no browser dialog for the console's own script");
    }

    @Test
    void protectedPageGoesToTheLoginPageAndOpenOnesPass() {
        FakeHttp.Response response = new FakeHttp.Response();
        run(new FakeHttp.Request().path("/console", "/index.html"), response, new FakeHttp.Context());
        assertEquals("/integration" + ConsoleAuthenticationMechanism.LOGIN_PAGE, response.redirect);

        FakeHttp.Context open = new FakeHttp.Context();
        open.protectedResource = false;
        assertEquals(
                AuthenticationStatus.NOT_DONE,
                run(new FakeHttp.Request().path("/console", "/login.html"), new FakeHttp.Response(), open));
    }
}
