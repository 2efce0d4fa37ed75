package org.commerceintegration.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every response: a strict content security policy (only this application's own scripts, styles and images; no
 * inline script, no framing), no MIME sniffing, no referrer, no caching of API answers, and over HTTPS
 * {@code Strict-Transport-Security}. Every state-changing API
 * request: the CSRF check of {@link CsrfProtection}.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'none'";

    /** One year, as browsers' preload lists expect; subdomains are not this server's to decide. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            // Browsers honour it only over HTTPS; from then on they never try plain HTTP (and its redirect) again.
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        String path = request.getServletPath();
        if (path.startsWith("/api")) {
            response.setHeader("Cache-Control", "no-store");
            String violation = CsrfProtection.violation(request);
            if (violation != null) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"forbidden\",\"message\":\"" + violation + "\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
