/**
 * Operator monitoring of the four queues: depth (through {@link org.commerceintegration.monitoring.QueueMonitor},
 * the embedded engine's MBean now, any JMS provider by browsing, IBM MQ's PCF later), browsing messages with the
 * legacy field breakdown, error-queue operations (replay, bulk replay, delete) and putting messages, all audited;
 * pausing and resuming the inbound listeners ({@link org.commerceintegration.monitoring.listener.ListenerControl});
 * throughput, depth history and last errors ({@link org.commerceintegration.monitoring.QueueStatistics}); MicroProfile
 * metrics; and the purge of old {@code CI_INBOUND_MESSAGE} rows.
 *
 * <p>Scope: queue depths are the queues' own (shared by every server using them); throughput counts, the last error
 * and metrics are this server's, kept in memory since its start. With two servers on the same queues, each reports
 * what it processed itself.
 *
 * <p>Code here uses only JMS, JPA, CDI, EJB, MicroProfile and {@code javax.management}; which MBeans exist is found
 * out at run time, so nothing here depends on Liberty at compile time.
 */
package org.commerceintegration.monitoring;
