/**
 * Changing what is on a queue on an operator's behalf, each change audited in its own transaction: putting a test
 * message, replaying error-queue messages (one, edited, or in bulk) to their source queue, deleting a message. Input
 * is decoded strictly: text that is not valid in its charset is refused, never put with replacement characters.
 */
package org.commerceintegration.monitoring.operation;
