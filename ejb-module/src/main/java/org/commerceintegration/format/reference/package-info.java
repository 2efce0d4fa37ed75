/**
 * The Commerce order a status message names, read leniently from its body
 * ({@link org.commerceintegration.format.reference.OrderReference}): for a message that could not be read, so that
 * its processing record and its error-queue view can still say which order it was for. Below both the inbound path
 * and monitoring, which use it.
 */
package org.commerceintegration.format.reference;
