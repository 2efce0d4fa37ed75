/**
 * Operator monitoring of the application's four queues. This package holds what every part of it shares: the queues
 * an operator may address ({@link org.commerceintegration.monitoring.ManagedQueues}) and the event that a message left
 * a queue other than through a listener ({@link org.commerceintegration.monitoring.QueueActivity}). The jobs live in
 * subpackages, each depending only on this one and on those named: {@code listener} (pause and resume),
 * {@code depth} (how many messages wait), {@code browse} (reading messages with the legacy breakdown),
 * {@code operation} (put, replay, delete; uses browse), {@code statistics} (throughput, last errors, depth history,
 * metrics; uses depth and listener) and {@code retention} (the purge of old {@code CI_INBOUND_MESSAGE} rows).
 *
 * <p>Scope: queue depths are the queues' own (shared by every server using them); throughput counts, the last error
 * and metrics are this server's, kept in memory since its start. With two servers on the same queues, each reports
 * what it processed itself.
 *
 * <p>Code here uses only JMS, JPA, CDI, EJB, MicroProfile and {@code javax.management}; which MBeans exist is found
 * out at run time, so nothing here depends on Liberty at compile time.
 */
package org.commerceintegration.monitoring;
