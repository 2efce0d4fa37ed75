package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.audit.AuditEntry;
import org.commerceintegration.audit.AuditLog;

/**
 * The audit trail, newest first.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
public class AuditResource {

    @EJB
    private AuditLog audit;

    @GET
    public List<AuditEntry> recent(@QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.recent(limit);
    }
}
