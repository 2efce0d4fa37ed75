/**
 * A site's own outbound beans, written as a site would write them and deployed by the tests as a library jar in the
 * EAR's {@code lib/} directory: a new outbound message type ({@link org.commerceintegration.outbound.site.SitePingComposer})
 * and an order message extension ({@link org.commerceintegration.outbound.site.SiteOrderExtension}). Nothing in the
 * application is changed to add them.
 */
package org.commerceintegration.outbound.site;
