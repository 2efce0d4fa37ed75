/**
 * What the message formats share: {@link org.commerceintegration.format.MessageFormatException}, the error every
 * reader of an inbound message throws (legacy buffers in {@code format.legacy}, XML in {@code format.xml}, the
 * inbound decoder and mappers). It lives here, below the formats and the inbound path, so that neither depends on
 * the other for it.
 */
package org.commerceintegration.format;
