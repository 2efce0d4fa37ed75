/**
 * Browsing a queue without consuming it: pages of messages with headers, properties and a bounded body, one message
 * whole with its decoded view (for legacy messages the field-by-field breakdown), and for error-queue messages why
 * they failed ({@link org.commerceintegration.monitoring.browse.FailureInfo}).
 */
package org.commerceintegration.monitoring.browse;
