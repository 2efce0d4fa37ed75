package org.commerceintegration.monitoring;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.QueueInspection;
import org.commerceintegration.testsupport.Queues;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The age alarm: a message waiting on an inbound queue whose listener is paused ages on the queues API and the
 * gauge, and past {@code commerce.inbound.maxMessageAgeSeconds} readiness turns DOWN naming the queue; once the
 * listener takes it, the age is 0 and readiness UP again.
 *
 * <p>The limit is made small for this test only, the way an operator changes it: a server variable in a
 * {@code configDropins/overrides} file, which the server picks up while running and the check reads at every call.
 * The file is removed at the end and the test waits for the shipped limit to be back, so no other test sees it.
 */
@ExtendWith(ArquillianExtension.class)
class QueueAgeIT {

    private static final String PARALLEL = "JMSParallelInboundQueue";
    private static final String CHECK = "inbound-message-age";
    private static final long LIMIT = 2;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(QueueAgeIT.class);
    }

    @Test
    void aMessageWaitingOnAPausedInboundQueueAgesUntilReadinessNamesItAndRecoversOnceTaken() throws Exception {
        String origin = "QueueAgeIT-" + UUID.randomUUID();
        Path override = serverConfigDir().resolve("configDropins/overrides/zz-queue-age-it.xml");
        Files.createDirectories(override.getParent());
        Files.writeString(
                override,
                "<server><variable name=\"commerce.inbound.maxMessageAgeSeconds\" value=\"" + LIMIT + "\"/></server>",
                StandardCharsets.UTF_8);
        try {
            assertNotNull(
                    awaitCheck(c -> c.getJsonObject("data")
                                    .getJsonNumber("limitSeconds")
                                    .longValue()
                            == LIMIT),
                    "the server took the small limit");
            listener("pause");
            String id = Queues.sendBytes(
                    Queues.PARALLEL,
                    "NOT A COMMERCE MESSAGE".getBytes(StandardCharsets.UTF_8),
                    Map.of("origin", origin));

            // the sampler finds it at the head; its age then grows past the limit
            assertNotNull(
                    InServer.awaitValue(Duration.ofSeconds(60), () -> parallelAge() > LIMIT ? Boolean.TRUE : null),
                    "the queues API reports the waiting message's age growing past the limit");
            JsonObject down = awaitCheck(c -> c.getString("status").equals("DOWN"));
            assertNotNull(down, "readiness turned DOWN");
            String tooOld = down.getJsonObject("data").getString("tooOld");
            assertTrue(tooOld.startsWith(PARALLEL + ": oldest message waiting "), tooOld);
            assertTrue(down.getJsonObject("data").getJsonNumber(PARALLEL).longValue() > LIMIT, down.toString());
            assertEquals(503, readiness().statusCode());
            long gauge = gauge();
            assertTrue(gauge > LIMIT, "gauge commerce.queue.oldestMessageAgeSeconds: " + gauge);

            listener("resume");
            assertNotNull(
                    awaitCheck(c -> c.getString("status").equals("UP")
                            && c.getJsonObject("data").getJsonNumber(PARALLEL).longValue() == 0),
                    "taken by the resumed listener: age 0, ready again");
            assertEquals(0, parallelAge());
            assertNotNull(Queues.receiveCorrelated(Queues.ERROR, id, 30_000), "taken (and, not Commerce, failed)");
        } finally {
            Files.deleteIfExists(override);
            listener("resume");
            QueueInspection.drain(Queues.ERROR, "origin = '" + origin + "'");
            assertNotNull(
                    awaitCheck(c -> c.getJsonObject("data")
                                    .getJsonNumber("limitSeconds")
                                    .longValue()
                            == 300),
                    "the shipped limit is back for the other tests");
        }
    }

    private static long parallelAge() {
        HttpResponse<String> queues = Api.as(Api.VIEWER).get(url("/api/queues"));
        assertEquals(200, queues.statusCode(), queues.body());
        return InServer.object(queues).getJsonArray("queues").stream()
                .map(JsonValue::asJsonObject)
                .filter(q -> q.getString("name").equals(PARALLEL))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("oldestMessageAgeSeconds")
                .longValue();
    }

    private static long gauge() {
        String metrics = get(InServer.serverUrl("/metrics?scope=application")).body();
        Matcher value = Pattern.compile(
                        "(?m)^commerce_queue_oldestMessageAgeSeconds\\{[^}]*queue=\"" + PARALLEL + "\"[^}]*} (\\S+)$")
                .matcher(metrics);
        assertTrue(value.find(), metrics);
        return (long) Double.parseDouble(value.group(1));
    }

    /** The age check's answer once it satisfies the condition (within 60 s), else null. */
    private static JsonObject awaitCheck(java.util.function.Predicate<JsonObject> condition) {
        return InServer.awaitValue(Duration.ofSeconds(60), () -> {
            JsonObject check = check();
            return check != null && condition.test(check) ? check : null;
        });
    }

    private static JsonObject check() {
        try (JsonReader reader = Json.createReader(new StringReader(readiness().body()))) {
            return reader.readObject().getJsonArray("checks").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals(CHECK))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static HttpResponse<String> readiness() {
        return get(InServer.serverUrl("/health/ready"));
    }

    private static void listener(String action) {
        HttpResponse<String> answer =
                Api.as(Api.OPERATOR).post(url("/api/listeners/" + PARALLEL + "/" + action), "text/plain", "");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    /** Where the server reads its configuration: its working directory unless Liberty says otherwise. */
    private static Path serverConfigDir() {
        for (String candidate : new String[] {
            System.getProperty("server.config.dir"), System.getenv("SERVER_CONFIG_DIR"), System.getProperty("user.dir")
        }) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "server.xml"))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("cannot find the server's configuration directory (server.xml)");
    }

    /** Plain HTTP/1.1: the JDK client's default h2c upgrade attempt can stall on Liberty's forwarded requests. */
    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
