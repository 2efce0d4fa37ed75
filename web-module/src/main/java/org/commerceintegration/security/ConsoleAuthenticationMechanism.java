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
import java.util.Base64;
import java.util.logging.Logger;

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
 */
@AutoApplySession
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/console/login";
    static final String LOGIN_PAGE = "/console/login.html";
    /** Header the console's script sends, so that a 401 does not make the browser pop up a Basic dialog. */
    static final String CONSOLE_REQUEST_HEADER = "X-Console-Request";

    private static final Logger LOG = Logger.getLogger(ConsoleAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
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

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return context.responseUnauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = validate(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"commerce-integration\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        CredentialValidationResult result =
                user == null || password == null ? CredentialValidationResult.INVALID_RESULT : validate(user, password);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.warning(() -> "Console login failed for '" + user + "' from " + request.getRemoteAddr());
            return redirect(request, response, context, LOGIN_PAGE + "?error");
        }
        // A new session id on login, so that a session id planted before login is worthless (session fixation).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        LOG.info(() -> "Console login: " + result.getCallerPrincipal().getName());
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
