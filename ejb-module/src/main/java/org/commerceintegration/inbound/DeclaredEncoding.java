package org.commerceintegration.inbound;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.format.xml.XmlFormatException;

/**
 * The encoding an XML declaration names, checked against the charset a message was actually decoded with.
 */
final class DeclaredEncoding {

    /** Only the declaration at the very start; bounded, so hostile input cannot make it backtrack. */
    private static final Pattern DECLARATION =
            Pattern.compile("^\\uFEFF?<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']");

    private DeclaredEncoding() {}

    static void check(String message, Charset decodedWith) {
        Matcher matcher = DECLARATION.matcher(message.length() > 300 ? message.substring(0, 300) : message);
        if (!matcher.find()) {
            return;
        }
        String declared = matcher.group(1);
        Charset charset;
        try {
            charset = Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlFormatException(
                    "XML_ENCODING", "The XML declaration names an unknown encoding '" + declared + "'", 1, 1);
        }
        if (!charset.equals(decodedWith)) {
            throw new XmlFormatException(
                    "XML_ENCODING",
                    "The XML declaration says " + charset.name() + " but the message's bytes are " + decodedWith.name(),
                    1,
                    1);
        }
    }
}
