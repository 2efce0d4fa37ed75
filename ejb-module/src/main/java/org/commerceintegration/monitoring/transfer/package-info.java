/**
 * Moving messages out of a managed queue into a message file and from such a file onto a queue, for operators who
 * also use IBM MQ's {@code dmpmqmsg}: the file layout is {@link org.commerceintegration.transfer.MessageFile}'s. Both
 * directions are audited; an import is all or nothing.
 */
package org.commerceintegration.monitoring.transfer;
