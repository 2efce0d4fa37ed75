/**
 * Stores, their descriptions and addresses (Commerce tables STOREENT, STOREENTDS, STADDRESS).
 */
package org.commerceintegration.store;
