package org.commerceintegration.registry;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * One {@code CMDREG} row as the registry currently understands it: what it names, and whether that resolves.
 *
 * @param storeId        {@code STOREENT_ID}; 0 is the site default
 * @param interfaceName  {@code INTERFACENAME}
 * @param className      {@code CLASSNAME} as stored
 * @param description    {@code DESCRIPTION}
 * @param lastUpdate     {@code LASTUPDATE}
 * @param error          why the row does not resolve, or {@code null} when it does
 * @param choices        the implementations an administrator may choose for this interface
 */
public record RegistryEntry(
        int storeId,
        String interfaceName,
        String className,
        String description,
        LocalDateTime lastUpdate,
        String error,
        Set<String> choices) {

    public boolean resolves() {
        return error == null;
    }
}
