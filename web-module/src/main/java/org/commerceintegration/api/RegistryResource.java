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
import java.util.ArrayList;
import java.util.List;
import org.commerceintegration.registry.CommandRegistrations;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.registry.RegistryEntry;
import org.commerceintegration.security.Roles;
import org.commerceintegration.store.StoreDirectory;

/**
 * The command registry: every {@code CMDREG} row, what runs for each store, and switching implementations.
 */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    /** What runs an interface for one store, and whether that is the store's own row or the site's. */
    public record EffectiveView(
            int storeId, String storeName, String interfaceName, String className, String source, String error) {}

    /** The registry page's data. */
    public record RegistryView(List<RegistryEntry> rows, List<EffectiveView> effective) {}

    /** Body of a switch. */
    public record SwitchRequest(String className) {}

    @EJB
    private CommandRegistry registry;

    @EJB
    private CommandRegistrations registrations;

    @EJB
    private StoreDirectory stores;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    public RegistryView registry() {
        List<EffectiveView> effective = new ArrayList<>();
        for (StoreDirectory.StoreName store : stores.stores()) {
            for (String interfaceName : registry.interfaceNames()) {
                registry.effective(store.id(), interfaceName)
                        .ifPresent(entry -> effective.add(new EffectiveView(
                                store.id(),
                                store.name(),
                                interfaceName,
                                entry.className(),
                                entry.storeId() == CommandRegistry.SITE_STORE_ID ? "site" : "store",
                                entry.error())));
            }
        }
        return new RegistryView(registry.entries(), effective);
    }

    @PUT
    @Path("{storeId}/{interfaceName}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RegistryEntry switchImplementation(
            @PathParam("storeId") int storeId,
            @PathParam("interfaceName") String interfaceName,
            SwitchRequest request) {
        if (request == null
                || request.className() == null
                || request.className().isBlank()) {
            throw new IllegalArgumentException("className is required");
        }
        registrations.switchImplementation(
                storeId, interfaceName, request.className().trim());
        registry.reload();
        return registry.entries().stream()
                .filter(e -> e.storeId() == storeId && e.interfaceName().equals(interfaceName))
                .findFirst()
                .orElseThrow();
    }

    @POST
    @Path("reload")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public RegistryView reload() {
        registry.reload();
        return registry();
    }
}
