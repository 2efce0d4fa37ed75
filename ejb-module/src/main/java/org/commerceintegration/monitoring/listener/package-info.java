/**
 * Pausing and resuming the inbound listeners on an operator's behalf, audited ({@link
 * org.commerceintegration.monitoring.listener.Listeners}): through Liberty's {@code ServerEndpointControl} MBean where
 * the server registers it, else a control that says it cannot. Only {@code javax.management} is used, so nothing here
 * depends on Liberty at compile time.
 */
package org.commerceintegration.monitoring.listener;
