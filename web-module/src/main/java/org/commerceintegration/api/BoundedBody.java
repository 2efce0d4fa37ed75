package org.commerceintegration.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body read with a bound: a declared {@code Content-Length} above it is refused before a byte is read, and
 * a body without one (chunked) is read only up to one byte past the bound. The server's own limit
 * ({@code http.maxRequestBytes}, Liberty's {@code httpOptions messageSizeLimit}) stops anything larger earlier still.
 */
final class BoundedBody {

    private BoundedBody() {}

    static byte[] read(InputStream in, HttpHeaders headers, int maxBytes) {
        // -1 when the request declares no length (chunked)
        if (headers != null && headers.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
    }

    private static WebApplicationException tooLarge(int maxBytes) {
        return new WebApplicationException(
                ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The body exceeds " + maxBytes + " bytes"));
    }
}
