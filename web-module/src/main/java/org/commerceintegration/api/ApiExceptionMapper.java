package org.commerceintegration.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.order.OrderNotFoundException;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.commerceintegration.outbound.UnsentMessageNotFoundException;
import org.commerceintegration.registry.CommandResolutionException;

/**
 * Turns every exception into a JSON error answer. Expected failures keep their message; anything else is logged
 * with an incident id and answered with that id only, so no stack trace or internal detail reaches a browser.
 * An unknown order or unsent message is 404; an order whose message cannot be composed (a value too long for a
 * legacy field, a character XML cannot carry) is 422 with the record, element or field named.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            Response.Status status =
                    Response.Status.fromStatusCode(web.getResponse().getStatus());
            return ApiError.response(status == null ? Response.Status.BAD_REQUEST : status, web.getMessage());
        }
        Throwable cause = rootOfKnown(error);
        if (cause instanceof OrderNotFoundException
                || cause instanceof UnsentMessageNotFoundException
                || cause instanceof java.util.NoSuchElementException) {
            return ApiError.response(Response.Status.NOT_FOUND, cause.getMessage());
        }
        if (cause instanceof OutboundCompositionException) {
            return ApiError.response(422, "unprocessable_entity", cause.getMessage());
        }
        if (cause instanceof IllegalArgumentException || cause instanceof CommandResolutionException) {
            return ApiError.response(Response.Status.BAD_REQUEST, cause.getMessage());
        }
        if (cause instanceof EJBAccessException || cause instanceof SecurityException) {
            return ApiError.response(Response.Status.FORBIDDEN, "Not allowed for your role");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, error);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; incident " + incident);
    }

    private static Throwable rootOfKnown(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OrderNotFoundException
                    || t instanceof UnsentMessageNotFoundException
                    || t instanceof OutboundCompositionException
                    || t instanceof IllegalArgumentException
                    || t instanceof CommandResolutionException
                    || t instanceof EJBAccessException
                    || t instanceof SecurityException
                    || t instanceof java.util.NoSuchElementException) {
                return t;
            }
        }
        return error;
    }
}
