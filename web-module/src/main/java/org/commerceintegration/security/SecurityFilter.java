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
 * inline script, no framing), no MIME sniffing, no referrer, no caching of API answers. Every state-changing API
 * request: the CSRF check of {@link CsrfProtection}.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
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
