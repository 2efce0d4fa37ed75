package org.commerceintegration.outbound.site;

/**
 * What the site's ping message is composed from.
 *
 * @param storeId the store it is sent for
 * @param text    what it says
 */
public record SitePing(int storeId, String text) {}
