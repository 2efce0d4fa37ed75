package org.commerceintegration.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Cross-site request forgery protection of every state change.
 *
 * <p>Console users are authenticated by a session cookie, which a browser sends with any request: their state
 * changes must carry the session's synchronizer token in the {@value #HEADER} header, which another site cannot
 * read. Scripts authenticate with HTTP Basic; a browser may replay cached Basic credentials too, so a Basic request
 * that a browser marks as coming from another origin ({@code Origin}, {@code Sec-Fetch-Site}) is refused as well.
 */
public final class CsrfProtection {

    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = "org.commerceintegration.csrf";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfProtection() {}

    /** The session's token, created on first use. */
    public static String tokenFor(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Why the request must be refused, or null when it may proceed. */
    public static String violation(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        if (crossSite(request)) {
            return "Cross-site request refused";
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
        String presented = request.getHeader(HEADER);
        if (expected == null
                || presented == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            return "Missing or invalid CSRF token (header " + HEADER + ")";
        }
        return null;
    }

    /**
     * Whether a browser marks the request as coming from another site. {@code Sec-Fetch-Site}, which no page can set,
     * decides when present: anything but {@code same-origin} or {@code none} is cross-site. Without it, an
     * {@code Origin} that is not this server, or is {@code null}, is. (A browser sends {@code Origin: null} with
     * {@code Sec-Fetch-Site: same-origin} for the console's own login form, because its pages say
     * {@code Referrer-Policy: no-referrer}.)
     */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return true; // an origin without a host (file://, an opaque scheme) is never this server
            }
            int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            return !(uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
