/**
 * How many messages wait on a queue ({@link org.commerceintegration.monitoring.depth.QueueMonitor}): the embedded
 * engine's MBean where it is registered, else any JMS provider by browsing up to a bound (IBM MQ's PCF would be a
 * third). Which one applies is found out at run time.
 */
package org.commerceintegration.monitoring.depth;
