package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.problem.InvalidRequestException;
import org.commerceintegration.registry.RegistryAdministration;
import org.commerceintegration.registry.RegistryAdministration.RegistryOverview;
import org.commerceintegration.registry.RegistryEntry;

/**
 * The command registry: every {@code CMDREG} row, what runs for each store, and switching implementations.
 */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    /** Body of a switch. */
    public record SwitchRequest(String className) {}

    @EJB
    private RegistryAdministration administration;

    @GET
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public RegistryOverview registry() {
        return administration.overview();
    }

    @PUT
    @Path("{storeId}/{interfaceName}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AccessRoles.ADMIN)
    public RegistryEntry switchImplementation(
            @PathParam("storeId") int storeId,
            @PathParam("interfaceName") String interfaceName,
            SwitchRequest request) {
        if (request == null
                || request.className() == null
                || request.className().isBlank()) {
            throw new InvalidRequestException("className is required");
        }
        return administration.switchImplementation(
                storeId, interfaceName, request.className().trim());
    }

    @POST
    @Path("reload")
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public RegistryOverview reload() {
        return administration.reload();
    }
}
