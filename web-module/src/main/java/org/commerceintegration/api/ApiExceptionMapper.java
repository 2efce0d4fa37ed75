package org.commerceintegration.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
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
 * Turns exceptions into JSON error answers, and never lets a stack trace reach the client: unknown order or message
 * 404, a message that cannot be composed 422, a registry that names no usable command 500 with its explanation, and
 * anything unexpected 500 with a reference to the server log entry.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable e = exception instanceof EJBException && exception.getCause() != null
                ? exception.getCause() : exception;
        if (e instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return error(original.getStatus(), web.getMessage());
        }
        if (e instanceof OrderNotFoundException || e instanceof UnsentMessageNotFoundException) {
            return error(404, e.getMessage());
        }
        if (e instanceof OutboundCompositionException) {
            return error(422, e.getMessage());
        }
        if (e instanceof CommandResolutionException) {
            return error(500, e.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, reference " + reference, exception);
        return error(500, "Internal error; see the server log, reference " + reference);
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, message))
                .build();
    }
}
