/**
 * The command registry: which implementation runs a Commerce command interface for a store, read from CMDREG (store 0 = site default), resolved to CDI beans through {@link org.commerceintegration.registry.CommandImplementation} names.
 */
package org.commerceintegration.registry;
