package org.commerceintegration.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commerceintegration.order.OrderNotFoundException;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.commerceintegration.outbound.UnsentMessageNotFoundException;
import org.commerceintegration.problem.Causes;
import org.commerceintegration.problem.ConflictException;
import org.commerceintegration.problem.InvalidRequestException;
import org.commerceintegration.problem.NotFoundException;
import org.commerceintegration.registry.CommandResolutionException;

/**
 * Turns every exception into a JSON error answer. Only the application's own failure types keep their message,
 * because only their messages are written for the caller: not found 404, invalid request 400, conflict 409, an order
 * whose message cannot be composed (a value too long for a legacy field, a character XML cannot carry) 422, a role
 * the container refused 403. Anything else (a JDK or library exception, whatever its type, even an
 * {@code IllegalArgumentException} from deep inside) is a fault of the server: logged with an incident id and
 * answered with that id only, so no stack trace or internal detail reaches a browser.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    /**
     * What a failure becomes for the caller.
     *
     * @param status  the HTTP status
     * @param error   the short code of the JSON answer, e.g. {@code not_found}
     * @param message the text the caller sees
     */
    record Answer(int status, String error, String message) {

        static Answer of(Response.Status status, String message) {
            return new Answer(status.getStatusCode(), status.name().toLowerCase(Locale.ROOT), message);
        }
    }

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web) {
            Response.Status status =
                    Response.Status.fromStatusCode(web.getResponse().getStatus());
            return ApiError.response(status == null ? Response.Status.BAD_REQUEST : status, web.getMessage());
        }
        Answer answer = answer(error);
        return ApiError.response(answer.status(), answer.error(), answer.message());
    }

    /** The answer to anything but a JAX-RS exception; an incident is logged here with its id. */
    static Answer answer(Throwable error) {
        Throwable known = Causes.find(
                        error,
                        NotFoundException.class,
                        OrderNotFoundException.class,
                        UnsentMessageNotFoundException.class,
                        InvalidRequestException.class,
                        CommandResolutionException.class,
                        ConflictException.class,
                        OutboundCompositionException.class,
                        EJBAccessException.class)
                .orElse(null);
        if (known instanceof NotFoundException
                || known instanceof OrderNotFoundException
                || known instanceof UnsentMessageNotFoundException) {
            return Answer.of(Response.Status.NOT_FOUND, known.getMessage());
        }
        if (known instanceof InvalidRequestException || known instanceof CommandResolutionException) {
            return Answer.of(Response.Status.BAD_REQUEST, known.getMessage());
        }
        if (known instanceof ConflictException) {
            return Answer.of(Response.Status.CONFLICT, known.getMessage());
        }
        if (known instanceof OutboundCompositionException) {
            return new Answer(422, "unprocessable_entity", known.getMessage());
        }
        if (known instanceof EJBAccessException) {
            return Answer.of(Response.Status.FORBIDDEN, "Not allowed for your role");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, error);
        return Answer.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; incident " + incident);
    }
}
