package org.commerceintegration.monitoring.operation;

import java.util.Objects;

/**
 * A replacement body an operator supplies with a replay: text (sent as {@code text/*}, decoded with the request's
 * charset) or raw bytes.
 *
 * @param bytes       the request body as received
 * @param textCharset the request's charset when it is text, else null (raw bytes)
 */
public record EditedBody(byte[] bytes, String textCharset) {

    public EditedBody {
        Objects.requireNonNull(bytes, "bytes");
    }

    public boolean text() {
        return textCharset != null;
    }
}
