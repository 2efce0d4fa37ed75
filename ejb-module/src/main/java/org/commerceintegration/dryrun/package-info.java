/**
 * The dry run: what the inbound path would do with a message, without doing it. The message goes through the real
 * decoder, mapper chain and status commands, in a transaction that is always rolled back; the answer is the command
 * per block, the parsed fields, the affected orders' {@code ORDSTAT} / {@code ORDISTAT} rows before and after, or the
 * failure with the reason code the listener would put on the error queue. Nothing is recorded, sent, counted or
 * audited.
 */
package org.commerceintegration.dryrun;
