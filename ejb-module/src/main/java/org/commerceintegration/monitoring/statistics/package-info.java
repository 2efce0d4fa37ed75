/**
 * What the queues page shows and {@code /metrics} exports: per queue, messages processed and failed per minute over
 * the last hour, the last error, sampled depth history and the listener's state ({@link
 * org.commerceintegration.monitoring.statistics.QueueStatistics}), fed by the inbound and outbound paths' events after
 * their transactions commit. Counts are this server's since its start.
 */
package org.commerceintegration.monitoring.statistics;
