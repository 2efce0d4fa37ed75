package org.commerceintegration.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;
import org.commerceintegration.text.LogText;

/**
 * Authenticates console users with a login form and a session, and scripts with HTTP Basic, against the users of
 * {@link ConfiguredUsersIdentityStore}. One mechanism for both, because Jakarta Security 3 allows one per application.
 *
 * <ul>
 *   <li>{@code Authorization: Basic ...} on any request: checked on every request, no session.</li>
 *   <li>{@code POST /console/login} with {@code username} and {@code password}: on success the caller is kept in the
 *       session ({@link AutoApplySession}) and {@link LoginServlet} sends them to the console; on failure back to
 *       the login page.</li>
 *   <li>An unauthenticated request for a protected page goes to the login page; for the API it is answered 401
 *       (with a Basic challenge, unless the console's own script asked, so the browser shows no dialog).</li>
 * </ul>
 *
 * <p>Every failed login, form or Basic, is logged with the (escaped) user name and client address, and counted by
 * {@link LoginThrottle}: while a user from an address, or an address, is throttled, attempts are refused without
 * checking the password (429 for Basic, the login page with {@code ?throttled} for the form). A login form posted
 * from another site ({@code Origin}, {@code Sec-Fetch-Site}, as {@link CsrfProtection} judges it) is refused before
 * anything else: back to the login page, without a login.
 */
@AutoApplySession
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/console/login";
    static final String LOGIN_PAGE = "/console/login.html";
    /** Set on a login form post whose credentials this mechanism looked at (see {@link LoginServlet}). */
    static final String FORM_CREDENTIALS_CHECKED = ConsoleAuthenticationMechanism.class.getName() + ".formChecked";
    /** Header the console's script sends, so that a 401 does not make the browser pop up a Basic dialog. */
    static final String CONSOLE_REQUEST_HEADER = "X-Console-Request";

    /** Not a standard constant of HttpServletResponse. */
    static final int TOO_MANY_REQUESTS = 429;

    private static final int MAX_LOGGED_NAME = 100;
    private static final Logger LOG = Logger.getLogger(ConsoleAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private LoginThrottle throttle;

    /** For CDI. */
    public ConsoleAuthenticationMechanism() {}

    ConsoleAuthenticationMechanism(IdentityStoreHandler identityStoreHandler, LoginThrottle throttle) {
        this.identityStoreHandler = identityStoreHandler;
        this.throttle = throttle;
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
            return formLogin(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            if (request.getHeader(CONSOLE_REQUEST_HEADER) == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"commerce-integration\", charset=\"UTF-8\"");
            }
            return context.responseUnauthorized();
        }
        return redirect(request, response, context, LOGIN_PAGE);
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            LOG.warning(
                    () -> "Basic login failed (malformed credentials) from " + LogText.escape(request.getRemoteAddr()));
            return context.responseUnauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            LOG.warning(
                    () -> "Basic login failed (malformed credentials) from " + LogText.escape(request.getRemoteAddr()));
            return context.responseUnauthorized();
        }
        String user = decoded.substring(0, colon);
        Duration refused = throttle.refusedFor(user, request.getRemoteAddr());
        if (!refused.isZero()) {
            LOG.warning(() -> "Basic login refused, too many failures: '" + LogText.escape(user, MAX_LOGGED_NAME)
                    + "' from " + LogText.escape(request.getRemoteAddr()));
            response.setHeader("Retry-After", String.valueOf(Math.max(1, refused.toSeconds())));
            response.setStatus(TOO_MANY_REQUESTS);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(user, decoded.substring(colon + 1));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed("Basic", user, request);
            response.setHeader("WWW-Authenticate", "Basic realm=\"commerce-integration\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        throttle.succeeded(user, request.getRemoteAddr());
        return context.notifyContainerAboutLogin(result);
    }

    private void failed(String how, String user, HttpServletRequest request) {
        throttle.failed(user, request.getRemoteAddr());
        LOG.warning(() -> how + " login failed for '" + LogText.escape(user, MAX_LOGGED_NAME) + "' from "
                + LogText.escape(request.getRemoteAddr()));
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        request.setAttribute(FORM_CREDENTIALS_CHECKED, Boolean.TRUE);
        if (CsrfProtection.crossSite(request)) {
            LOG.warning(() -> "Console login refused: posted from another site (Origin "
                    + LogText.escape(request.getHeader("Origin"), MAX_LOGGED_NAME) + ", Sec-Fetch-Site "
                    + LogText.escape(request.getHeader("Sec-Fetch-Site"), MAX_LOGGED_NAME) + ") from "
                    + LogText.escape(request.getRemoteAddr()));
            return redirect(request, response, context, LOGIN_PAGE + "?error");
        }
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        Duration refused = throttle.refusedFor(user, request.getRemoteAddr());
        if (!refused.isZero()) {
            LOG.warning(() -> "Console login refused, too many failures: '" + LogText.escape(user, MAX_LOGGED_NAME)
                    + "' from " + LogText.escape(request.getRemoteAddr()));
            return redirect(request, response, context, LOGIN_PAGE + "?error&throttled");
        }
        CredentialValidationResult result =
                user == null || password == null ? CredentialValidationResult.INVALID_RESULT : validate(user, password);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed("Console", user, request);
            return redirect(request, response, context, LOGIN_PAGE + "?error");
        }
        throttle.succeeded(user, request.getRemoteAddr());
        // A new session id on login, so that a session id planted before login is worthless (session fixation).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        LOG.info(() ->
                "Console login: " + LogText.escape(result.getCallerPrincipal().getName()));
        // The request goes on to LoginServlet, which sends the now authenticated user to the console.
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult validate(String user, String password) {
        return identityStoreHandler.validate(new UsernamePasswordCredential(user, password));
    }

    private static AuthenticationStatus redirect(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String target) {
        try {
            response.sendRedirect(request.getContextPath() + target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
