package org.commerceintegration.tracing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A Zipkin collector of one's own, inside the server: it listens where the test server's SDK exports spans
 * ({@code OTEL_EXPORTER_ZIPKIN_ENDPOINT}, Zipkin JSON v2 over HTTP, see {@code src/test/liberty/server/server.env})
 * and keeps what arrives, so a test sees exactly the spans the server exported.
 */
final class ZipkinReceiver implements AutoCloseable {

    /** One exported span as Zipkin carries it; its attributes and status are its tags. */
    record ReceivedSpan(String traceId, String id, String parentId, String name, String kind, Map<String, String> tags)
            implements Serializable {

        String tag(String key) {
            return tags.get(key);
        }

        boolean named(String expected) {
            // Zipkin lower-cases span names.
            return name.equalsIgnoreCase(expected);
        }

        @Override
        public String toString() {
            return name + " (" + kind + ") " + id + " <- " + parentId + " " + tags;
        }
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    /** What could not be read, for the assertion message. */
    private final List<String> refused = new CopyOnWriteArrayList<>();

    private ZipkinReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens at the address the server's SDK exports to. */
    static ZipkinReceiver start() throws IOException {
        String endpoint = System.getenv("OTEL_EXPORTER_ZIPKIN_ENDPOINT");
        if (endpoint == null) {
            throw new IllegalStateException("The test server exports no spans: OTEL_EXPORTER_ZIPKIN_ENDPOINT is not set"
                    + " (src/test/liberty/server/server.env)");
        }
        URI uri = URI.create(endpoint);
        HttpServer server = HttpServer.create(new InetSocketAddress(uri.getHost(), uri.getPort()), 0);
        ZipkinReceiver receiver = new ZipkinReceiver(server);
        server.createContext(uri.getPath(), exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            // No kept-alive connection: the sender would reuse it after this receiver stopped, and its retry on a new
            // connection posts an empty body (the gzipped one is read once), losing the batch.
            exchange.getResponseHeaders().set("Connection", "close");
            try {
                // Zipkin's sender gzips its posts (and says so in Content-Encoding).
                boolean gzip = body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
                try (InputStream in =
                        gzip ? new GZIPInputStream(new ByteArrayInputStream(body)) : new ByteArrayInputStream(body)) {
                    receiver.accept(in);
                }
                exchange.sendResponseHeaders(202, -1);
            } catch (IOException | RuntimeException e) {
                receiver.refused.add(e + " reading " + body.length + " bytes with headers "
                        + exchange.getRequestHeaders().entrySet());
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return receiver;
    }

    private void accept(InputStream body) {
        try (JsonReader reader = Json.createReader(body)) {
            for (JsonValue value : reader.readArray()) {
                JsonObject span = value.asJsonObject();
                Map<String, String> tags = new HashMap<>();
                JsonObject tagObject = span.getJsonObject("tags");
                if (tagObject != null) {
                    tagObject.forEach((key, tag) -> tags.put(
                            key,
                            tag.getValueType() == JsonValue.ValueType.STRING
                                    ? tagObject.getString(key)
                                    : tag.toString()));
                }
                spans.add(new ReceivedSpan(
                        span.getString("traceId"),
                        span.getString("id"),
                        span.getString("parentId", null),
                        span.getString("name", ""),
                        span.getString("kind", "INTERNAL"),
                        Map.copyOf(tags)));
            }
        }
    }

    /**
     * The spans of one trace, once {@code complete} accepts them.
     *
     * @throws AssertionError naming what did arrive when they never do within the timeout
     */
    List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> complete, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedSpan> trace =
                    spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
            if (complete.test(trace)) {
                return trace;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Spans of trace " + traceId + " so far: " + trace
                        + (refused.isEmpty() ? "" : "; posts the receiver could not read: " + refused));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
