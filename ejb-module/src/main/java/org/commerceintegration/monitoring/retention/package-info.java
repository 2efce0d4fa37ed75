/**
 * Keeps the processing record ({@code CI_INBOUND_MESSAGE}) from growing forever: an hourly purge of rows older than
 * the configured retention.
 */
package org.commerceintegration.monitoring.retention;
