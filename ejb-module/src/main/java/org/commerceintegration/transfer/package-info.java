/**
 * Message files: messages with their bytes, JMS headers and typed properties written to and read from a text file
 * laid out as IBM MQ's {@code dmpmqmsg} (formerly {@code qload}) writes its files, so that operators can move
 * messages between this console and their MQ tools. Pure Java, no messaging provider: {@link
 * org.commerceintegration.transfer.MessageFile} says which parts come from IBM's documentation and which are this
 * application's extension.
 */
package org.commerceintegration.transfer;
