package org.commerceintegration.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every error answer: a short code and a message for people. Never a stack trace.
 */
public record ApiError(String error, String message) {

    /** For statuses {@link Response.Status} does not name, e.g. 422; {@code error} is the short code. */
    public static Response response(int status, String error, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(error, message))
                .build();
    }

    public static Response response(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(status.name().toLowerCase(java.util.Locale.ROOT), message))
                .build();
    }
}
