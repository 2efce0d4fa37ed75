package org.commerceintegration.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.store.StoreDirectory;

/**
 * The command registry as administrators see and change it (the console's registry page and the API): every
 * {@code CMDREG} row, and per store and interface what runs and whether that is the store's row or the site's.
 */
@Stateless
public class RegistryAdministration {

    /**
     * What runs an interface for one store.
     *
     * @param storeId       the store
     * @param storeName     its identifier, as Commerce shows it
     * @param interfaceName the command interface
     * @param className     the {@code CLASSNAME} that applies
     * @param source        {@code store} (the store's own row) or {@code site} (the site default row)
     * @param error         why that row does not resolve, or null
     */
    public record EffectiveRegistration(
            int storeId, String storeName, String interfaceName, String className, String source, String error) {}

    /**
     * The registry page's data.
     *
     * @param rows      every row, by interface then store
     * @param effective per store and interface that has a row for it or the site
     */
    public record RegistryOverview(List<RegistryEntry> rows, List<EffectiveRegistration> effective) {}

    @EJB
    private CommandRegistry registry;

    @EJB
    private CommandRegistrations registrations;

    @EJB
    private StoreDirectory stores;

    public RegistryOverview overview() {
        List<EffectiveRegistration> effective = new ArrayList<>();
        for (StoreDirectory.StoreName store : stores.stores()) {
            for (String interfaceName : registry.interfaceNames()) {
                registry.effective(store.id(), interfaceName)
                        .ifPresent(entry -> effective.add(new EffectiveRegistration(
                                store.id(),
                                store.name(),
                                interfaceName,
                                entry.className(),
                                entry.storeId() == CommandRegistry.SITE_STORE_ID ? "site" : "store",
                                entry.error())));
            }
        }
        return new RegistryOverview(registry.entries(), effective);
    }

    /**
     * Switches the store's registration of the interface (audited) and applies it at once. Not in a transaction of
     * its own: the switch must have committed before the registry re-reads the table in its own transaction.
     *
     * @return the row as the registry now understands it
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(AccessRoles.ADMIN)
    public RegistryEntry switchImplementation(int storeId, String interfaceName, String className) {
        registrations.switchImplementation(storeId, interfaceName, className);
        registry.reload();
        return registry.entries().stream()
                .filter(e -> e.storeId() == storeId && e.interfaceName().equals(interfaceName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "CMDREG row " + storeId + "/" + interfaceName + " not found after switching it"));
    }

    /** Re-reads {@code CMDREG} now and answers the new state. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public RegistryOverview reload() {
        registry.reload();
        return overview();
    }
}
