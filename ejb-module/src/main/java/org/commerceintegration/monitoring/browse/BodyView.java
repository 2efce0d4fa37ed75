package org.commerceintegration.monitoring.browse;

import org.commerceintegration.format.legacy.LegacyBreakdown;

/**
 * A message body laid out for reading, in a message's detail.
 *
 * @param format      {@code legacy} (starts with {@code <ECEDOC>}), {@code xml}, {@code text}, or {@code binary}
 *                    (not decodable in its charset)
 * @param charset     the charset the body was decoded with (declared by the message, else UTF-8)
 * @param text        the decoded body; null when binary
 * @param legacy      for a legacy body: records and fields, and the reader's verdict; else null
 * @param decodeError why the body is binary, or null
 */
public record BodyView(String format, String charset, String text, LegacyBreakdown.Result legacy, String decodeError) {}
