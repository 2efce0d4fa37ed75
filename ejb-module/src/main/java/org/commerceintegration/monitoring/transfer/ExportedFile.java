package org.commerceintegration.monitoring.transfer;

/**
 * A message file as exported.
 *
 * @param queue    the queue the messages were browsed on
 * @param messages how many the file holds
 * @param content  the file's text
 */
public record ExportedFile(String queue, int messages, String content) {}
