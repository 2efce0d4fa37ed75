package org.commerceintegration.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The end points of the login form: after {@link ConsoleAuthenticationMechanism} accepted the credentials, send the
 * user to the console; on logout, end the session. A form post that an earlier login's SSO cookie authenticated
 * before the mechanism saw the credentials ends that login instead.
 */
@WebServlet(urlPatterns = {ConsoleAuthenticationMechanism.LOGIN_PATH, LoginServlet.LOGOUT_PATH})
public class LoginServlet extends HttpServlet {

    static final String LOGOUT_PATH = "/console/logout";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (LOGOUT_PATH.equals(request.getServletPath())) {
            endLogin(request);
            response.sendRedirect(request.getContextPath() + ConsoleAuthenticationMechanism.LOGIN_PAGE + "?loggedOut");
            return;
        }
        if (request.getAttribute(ConsoleAuthenticationMechanism.FORM_CREDENTIALS_CHECKED) == null) {
            // The SSO cookie of an earlier login authenticated this post before anyone looked at the form's
            // credentials: end that login, so the earlier identity does not carry on under the name just typed, and
            // have the user sign in again (now without the cookie, so the credentials are checked).
            endLogin(request);
            response.sendRedirect(request.getContextPath() + ConsoleAuthenticationMechanism.LOGIN_PAGE + "?loggedOut");
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + ConsoleAuthenticationMechanism.LOGIN_PAGE + "?error");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/console/");
    }

    /** Ends the login (the SSO cookie with it) and the HTTP session. */
    private static void endLogin(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + ConsoleAuthenticationMechanism.LOGIN_PAGE);
    }
}
