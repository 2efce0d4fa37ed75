package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.security.CsrfProtection;

/**
 * Who is calling, with which roles, and the CSRF token the console must send with every state change.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
public class SessionResource {

    /** The caller, as the console shows it. */
    public record SessionView(String user, List<String> roles, String csrfToken) {}

    @Context
    private HttpServletRequest request;

    @GET
    public SessionView current() {
        List<String> roles = Stream.of(AccessRoles.ADMIN, AccessRoles.OPERATOR, AccessRoles.VIEWER)
                .filter(request::isUserInRole)
                .toList();
        return new SessionView(
                request.getUserPrincipal().getName(), roles, CsrfProtection.tokenFor(request.getSession(true)));
    }
}
