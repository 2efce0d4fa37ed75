package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.outbound.MessageTypeInfo;
import org.commerceintegration.outbound.MessageTypeRegistry;

/**
 * {@code GET /api/outbound/types}: the registered outbound message types (the {@code MSGTYPES} of this module).
 */
@Path("/outbound/types")
@RequestScoped
public class OutboundTypesResource {

    @Inject
    private MessageTypeRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public List<MessageTypeInfo> types() {
        return registry.types();
    }
}
