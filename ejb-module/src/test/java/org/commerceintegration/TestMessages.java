package org.commerceintegration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test vectors of the spec (section 12) and their variants, read from {@code src/test/resources/messages}. */
public final class TestMessages {

    public static final String TV3 = "tv3-update-nc-orderstatus-10.xml";
    public static final String TV4 = "tv4-report-nc-purchaseorder-10.xml";
    public static final String TV5 = "tv5-update-wcs-orderstatus-30.xml";

    private TestMessages() {}

    public static String read(String name) {
        try (InputStream in = TestMessages.class.getResourceAsStream("/messages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message with its DOCTYPE line removed (the vectors put it on a line of its own). */
    public static String withoutDoctype(String xml) {
        return xml.replaceFirst("<!DOCTYPE[^>]*>\\r?\\n", "");
    }

    /** The message with its DOCTYPE's system identifier replaced. */
    public static String withSystemId(String xml, String systemId) {
        return xml.replaceFirst("(<!DOCTYPE \\w+ SYSTEM )\"[^\"]*\"", "$1\"" + systemId.replace("$", "\\$") + "\"");
    }
}
