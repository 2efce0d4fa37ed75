package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.dryrun.DryRunResult;
import org.commerceintegration.dryrun.DryRuns;
import org.commerceintegration.problem.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/messages/dry-run}: what the inbound path would do with the request body, without doing it (see
 * {@link DryRuns}). The body is taken as the queues' put takes it: {@code text/*} as a text message in the
 * content type's charset, anything else as a bytes message declaring the charset of {@code ?charset=} or the
 * {@code X-Message-Charset} header. A POST, and so CSRF-protected like every state change, although it changes nothing:
 * it runs the real commands and locks the order while it does.
 */
@Path("messages/dry-run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "Inbound messages: dry run")
public class DryRunResource {

    @Inject
    private DryRuns dryRuns;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Run a message through the real decoder, mappers and status commands in a transaction that is "
                    + "always rolled back; answers the command per block, the parsed fields, the orders' ORDSTAT and "
                    + "ORDISTAT rows before and after, or the failure with the reason code the listener would give. "
                    + "?queue= names the inbound queue (default JMSParallelInboundQueue)")
    public DryRunResult dryRun(
            @QueryParam("queue") String queue,
            @QueryParam("charset") String charset,
            @HeaderParam(QueuesResource.CHARSET_HEADER) String charsetHeader,
            InputStream body) {
        byte[] bytes = BoundedBody.read(body, headers, QueuesResource.MAX_BODY_BYTES);
        if (bytes.length == 0) {
            throw new InvalidRequestException("The body is empty: send the message to dry-run as the request body");
        }
        MediaType type = headers.getMediaType();
        boolean text = type != null && "text".equalsIgnoreCase(type.getType());
        String declared = charset != null && !charset.isBlank() ? charset : charsetHeader;
        String textCharset = text ? type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8") : null;
        return dryRuns.run(bytes, text, text ? textCharset : declared, queue);
    }
}
