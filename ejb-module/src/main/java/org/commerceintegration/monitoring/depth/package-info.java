/**
 * How many messages wait on a queue ({@link org.commerceintegration.monitoring.depth.QueueMonitor}): from an MBean
 * whose name the server configuration gives (the embedded engine's, or the IBM MQ PCF publisher's), else from any JMS
 * provider by browsing up to a bound. No provider is named here: the MBean pattern is configuration.
 */
package org.commerceintegration.monitoring.depth;
