/**
 * The legacy "WebSphere Commerce message format": flat buffers of literally tagged, fixed-width records
 * ({@code <ECEDOC><PROLOG>…</PROLOG><HEADER><HDR010>…}) used by the Order Status Update (inbound) and Order Create
 * (outbound) messages. Record layouts are data, declared in the bundled {@code layouts.txt} and overridable per site
 * through {@link org.commerceintegration.format.legacy.LayoutCatalog}, because several of them are only partly
 * documented and must be corrected without recompiling; the same layouts drive both
 * {@link org.commerceintegration.format.legacy.LegacyMessageReader} and
 * {@link org.commerceintegration.format.legacy.LegacyMessageWriter} so that the two directions cannot drift apart.
 */
package org.commerceintegration.format.legacy;
