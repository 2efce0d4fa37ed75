package org.commerceintegration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.monitoring.browse.MessageBrowser;
import org.commerceintegration.monitoring.browse.MessagePage;
import org.commerceintegration.monitoring.browse.MessageView;
import org.commerceintegration.monitoring.operation.BulkReplayResult;
import org.commerceintegration.monitoring.operation.EditedBody;
import org.commerceintegration.monitoring.operation.PutResult;
import org.commerceintegration.monitoring.operation.QueueOperations;
import org.commerceintegration.monitoring.operation.ReplayResult;
import org.commerceintegration.monitoring.statistics.QueueStatistics;
import org.commerceintegration.monitoring.statistics.QueuesOverview;
import org.commerceintegration.monitoring.transfer.ExportedFile;
import org.commerceintegration.monitoring.transfer.ImportResult;
import org.commerceintegration.monitoring.transfer.MessageTransfer;
import org.commerceintegration.problem.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The queues: status and throughput, browsing, putting, replaying from the error queue, deleting. {@code {queue}} is
 * a configured queue name ({@code JMSSerialInboundQueue}, {@code JMSParallelInboundQueue}, {@code JMSOutboundQueue},
 * {@code JMSErrorQueue}); any other answers 404. Every change is audited, and so is an export to a message file.
 */
@Path("queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues", description = "Queue depth, throughput, browsing and error-queue operations")
public class QueuesResource {

    /** Far above any order message; a bigger body is refused before it reaches the provider. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    static final int MAX_BULK_IDS = 500;

    /** Below the server's own request limit ({@code http.maxRequestBytes}, 16 MiB by default). */
    static final int MAX_IMPORT_BYTES = 15 * 1024 * 1024;

    static final String CHARSET_HEADER = "X-Message-Charset";

    @EJB
    private QueueStatistics statistics;

    @EJB
    private QueueOperations operations;

    @EJB
    private MessageTransfer transfer;

    @Inject
    private MessageBrowser browser;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Every queue: depth, throughput per minute for the last hour, depth history, last error, "
                    + "listener state")
    public QueuesOverview overview() {
        return statistics.overview();
    }

    @GET
    @Path("{queue}/messages")
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "The first messages of a queue (limit 1-500, default 50), bodies cut at bodyLimit bytes "
                    + "(default 4096), all bodies of one page together at most 4 MiB (bodiesCapped says so)")
    public MessagePage messages(
            @PathParam("queue") String queue,
            @QueryParam("limit") String limit,
            @QueryParam("bodyLimit") String bodyLimit) {
        return browser.browse(
                queue,
                Params.integer("limit", limit, 50, 1, MessageBrowser.MAX_LIMIT),
                Params.integer("bodyLimit", bodyLimit, 4096, 0, MessageBrowser.DETAIL_BODY_LIMIT));
    }

    @GET
    @Path("{queue}/messages/{id}")
    @RolesAllowed({AccessRoles.VIEWER, AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(summary = "One message with its whole body and the body laid out (legacy field breakdown, XML text)")
    public MessageView message(@PathParam("queue") String queue, @PathParam("id") String id) {
        return browser.detail(queue, id);
    }

    @POST
    @Path("{queue}/messages")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Put the raw request body on a queue: text/* as a text message, anything else as a bytes "
                    + "message with the charset property from ?charset= or the X-Message-Charset header; "
                    + "JMSOutboundQueue and JMSErrorQueue need the admin role")
    public Response put(
            @PathParam("queue") String queue,
            @QueryParam("charset") String charset,
            @HeaderParam(CHARSET_HEADER) String charsetHeader,
            InputStream body) {
        byte[] bytes = BoundedBody.read(body, headers, MAX_BODY_BYTES);
        MediaType type = headers.getMediaType();
        boolean text = type != null && "text".equalsIgnoreCase(type.getType());
        String declared = charset != null && !charset.isBlank() ? charset : charsetHeader;
        String textCharset = text ? type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8") : null;
        PutResult result = operations.put(queue, bytes, text, text ? textCharset : declared);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(result.messageId()).build())
                .entity(result)
                .build();
    }

    @POST
    @Path("{queue}/messages/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Move an error-queue message back to its source queue (or ?target=), optionally with the "
                    + "request body as its new body; atomic")
    public ReplayResult replay(
            @PathParam("queue") String queue,
            @PathParam("id") String id,
            @QueryParam("target") String target,
            InputStream body) {
        byte[] bytes = BoundedBody.read(body, headers, MAX_BODY_BYTES);
        EditedBody edited = null;
        if (bytes.length > 0) {
            MediaType type = headers.getMediaType();
            boolean text = type != null && "text".equalsIgnoreCase(type.getType());
            edited = new EditedBody(
                    bytes, text ? type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, "UTF-8") : null);
        }
        return operations.replay(queue, id, target, edited);
    }

    @POST
    @Path("{queue}/messages/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Replay several error-queue messages, {\"ids\":[...], \"target\": optional}; each in its "
                    + "own transaction, with a result per id")
    public BulkReplayResult replayAll(@PathParam("queue") String queue, String body) {
        JsonObject request = parseObject(body);
        List<String> ids = ids(request, MAX_BULK_IDS);
        return operations.replayAll(queue, ids, optionalString(request, "target"));
    }

    @DELETE
    @Path("{queue}/messages/{id}")
    @RolesAllowed(AccessRoles.ADMIN)
    @Operation(summary = "Delete a message (admins only); audited with what it was")
    public DeleteResult delete(@PathParam("queue") String queue, @PathParam("id") String id) {
        operations.delete(queue, id);
        return new DeleteResult(queue, id, true);
    }

    @POST
    @Path("{queue}/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Export messages to a message file (dmpmqmsg text layout, see docs/message-files.md): "
                    + "{\"ids\":[...]} those messages, or {\"limit\":n} the first n (1-1000, default 1000); "
                    + "browsed, not taken; audited")
    public Response export(@PathParam("queue") String queue, String body) {
        JsonObject request = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : parseObject(body);
        List<String> ids = request.containsKey("ids") ? ids(request, MessageTransfer.MAX_MESSAGES) : List.of();
        JsonValue limitValue = request.get("limit");
        int limit = MessageTransfer.MAX_MESSAGES;
        if (limitValue != null && limitValue.getValueType() != JsonValue.ValueType.NULL) {
            limit = Params.integer("limit", limitValue.toString(), limit, 1, MessageTransfer.MAX_MESSAGES);
        }
        ExportedFile file = transfer.export(queue, ids, limit);
        String name = file.queue() + "-" + java.time.Instant.now().toString().replace(":", "") + ".dmpmqmsg.txt";
        return Response.ok(file.content(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Message-Count", file.messages())
                .build();
    }

    @POST
    @Path("{queue}/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    @Operation(
            summary = "Put every message of a message file (the request body, UTF-8) on the queue, all in one "
                    + "transaction, audited per message; JMSOutboundQueue and JMSErrorQueue need the admin role")
    public ImportResult importFile(@PathParam("queue") String queue, InputStream body) {
        byte[] bytes = BoundedBody.read(body, headers, MAX_IMPORT_BYTES);
        String file;
        try {
            file = java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidRequestException("A message file is UTF-8 text; this one is not. Nothing imported");
        }
        return transfer.importFile(queue, file);
    }

    /** The answer to a delete. */
    public record DeleteResult(String queue, String messageId, boolean deleted) {}

    private static JsonObject parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("A JSON object {\"ids\":[...]} is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidRequestException("A JSON object {\"ids\":[...]} is required");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new InvalidRequestException("Malformed JSON: " + e.getMessage());
        }
    }

    private static List<String> ids(JsonObject request, int max) {
        JsonValue value = request.get("ids");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidRequestException("\"ids\" must be an array of message ids");
        }
        JsonArray array = value.asJsonArray();
        if (array.isEmpty() || array.size() > max) {
            throw new InvalidRequestException("\"ids\" must hold 1 to " + max + " message ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue id : array) {
            if (id.getValueType() != JsonValue.ValueType.STRING
                    || ((JsonString) id).getString().isBlank()) {
                throw new InvalidRequestException("\"ids\" must hold message ids as non-empty strings");
            }
            ids.add(((JsonString) id).getString());
        }
        return ids;
    }

    private static String optionalString(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidRequestException("\"" + name + "\" must be a string");
        }
        return ((JsonString) value).getString();
    }
}
