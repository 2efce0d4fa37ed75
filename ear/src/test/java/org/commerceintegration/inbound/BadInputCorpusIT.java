package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InboundRecords;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Queues;
import org.commerceintegration.testsupport.StatusMessages;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus ({@code corpus/bad-manifest.tsv}, over 100 malformed or hostile messages) against the live
 * inbound path, with valid messages interleaved: every bad message ends on the error queue with its original bytes
 * and exactly the reason code the manifest names (never after redelivery loops); every good message is applied;
 * the server stays ready; no file named by an entity is opened (it is a FIFO: opening it would hang the listener)
 * and no connection reaches the URLs the messages name.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputCorpusIT {

    private static final String MANIFEST = "corpus/bad-manifest.tsv";
    /** Reasons that mean "a bug or an outage", not "this input is bad". */
    private static final Set<String> UNDECLARED =
            Set.of("UNEXPECTED", "DATABASE_ERROR", "DATABASE_UNAVAILABLE", "LOCK_CONFLICT");

    private static final int GOOD_EVERY = 4;

    @Deployment
    static EnterpriseArchive deployment() throws IOException {
        List<String> resources = new ArrayList<>(List.of(MANIFEST));
        for (String[] entry :
                manifestFrom(BadInputCorpusIT.class.getClassLoader().getResourceAsStream(MANIFEST))) {
            resources.add("corpus/bad/" + entry[0]);
        }
        return Deployments.applicationWith(resources, BadInputCorpusIT.class);
    }

    @Test
    void everyBadMessageEndsOnTheErrorQueueAndGoodOnesAroundThemAreApplied() throws Exception {
        Jdbc.execute("delete from ORDISTAT where ORDERS_ID = 10003");
        Jdbc.execute("delete from ORDSTAT where ORDERS_ID = 10003");
        Path fifo = Files.createTempDirectory("corpus").resolve("secret-fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        try (ServerSocket trap = new ServerSocket(0)) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> acceptAll(trap, connections));
            acceptor.setDaemon(true);
            acceptor.start();

            Map<String, byte[]> sent = new LinkedHashMap<>();
            Map<String, String[]> entries = new LinkedHashMap<>();
            List<String> goodIds = new ArrayList<>();
            String lastGoodStatus = null;
            int index = 0;
            for (String[] entry : manifestFrom(getClass().getClassLoader().getResourceAsStream(MANIFEST))) {
                byte[] body = body(entry[0], trap.getLocalPort(), fifo);
                String queue = "serial".equals(entry[1]) ? Queues.SERIAL : Queues.PARALLEL;
                String id = Queues.sendBytes(queue, body, Map.of());
                sent.put(id, body);
                entries.put(id, entry);
                if (++index % GOOD_EVERY == 0) {
                    lastGoodStatus = "GOOD-" + index;
                    goodIds.add(Queues.sendBytes(
                            Queues.SERIAL,
                            StatusMessages.legacyV2(10003, 20004, lastGoodStatus, "S")
                                    .getBytes(StandardCharsets.UTF_8),
                            Map.of()));
                }
            }
            assertTrue(sent.size() >= 100, "the corpus holds at least 100 bad inputs: " + sent.size());

            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, byte[]> message : sent.entrySet()) {
                String[] entry = entries.get(message.getKey());
                Message copy = Queues.receiveCorrelated(Queues.ERROR, message.getKey(), 60_000);
                if (copy == null) {
                    problems.add(entry[0] + ": not on the error queue");
                    continue;
                }
                String code = copy.getStringProperty(ErrorQueue.REASON_CODE);
                String reason = copy.getStringProperty(ErrorQueue.REASON);
                if (!java.util.Arrays.equals(message.getValue(), Queues.body(copy))) {
                    problems.add(entry[0] + ": bytes differ from the original");
                }
                if (code == null || code.isBlank() || reason == null || reason.isBlank()) {
                    problems.add(entry[0] + ": no reason");
                } else if (UNDECLARED.contains(code)) {
                    problems.add(entry[0] + ": undeclared failure " + code + " " + reason);
                } else if (!entry[2].equals(code)) {
                    problems.add(entry[0] + ": expected " + entry[2] + " but was " + code + " " + reason);
                }
                if (copy.getIntProperty(ErrorQueue.DELIVERY_COUNT) != 1) {
                    problems.add(entry[0] + ": went to the error queue after redeliveries");
                }
                if (reason != null && reason.contains("fifo-secret")) {
                    problems.add(entry[0] + ": the reason shows file content");
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));

            for (String goodId : goodIds) {
                assertEquals("PROCESSED", InboundRecords.awaitOutcome(goodId), "good message " + goodId);
            }
            assertEquals(
                    lastGoodStatus,
                    Jdbc.queryValue(
                            "select OSSTATUS from ORDSTAT where ORDERS_ID = 10003 and (OSVERNBR = 0 or OSVERNBR is null)"));
            assertEquals(0, connections.get(), "no connection to the URLs named in messages");
            assertTrue(ready(), "the server is still ready");
        } finally {
            Files.deleteIfExists(fifo);
        }
    }

    private byte[] body(String file, int port, Path fifo) throws IOException {
        byte[] raw;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("corpus/bad/" + file)) {
            assertNotNull(in, file);
            raw = in.readAllBytes();
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (text.startsWith("@@GENERATE:5MB-LEGACY@@")) {
            return (StatusMessages.legacyV2(10003, 20004, "HUGE", "S")
                            .replace("</ITM010>", "X".repeat(5 * 1024 * 1024) + "</ITM010>"))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (text.startsWith("@@GENERATE:5MB-XML@@")) {
            return StatusMessages.ncXml(10003, "HUGE", true)
                    .replace("<DataArea>", "<!--" + "x".repeat(5 * 1024 * 1024) + "--><DataArea>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (!text.contains("@@")) {
            return raw;
        }
        return text.replace("@@PORT@@", Integer.toString(port))
                .replace("@@SECRET_FILE@@", fifo.toString())
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String[]> manifestFrom(InputStream in) throws IOException {
        List<String[]> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.split("\t"));
                }
            }
        }
        return entries;
    }

    private static void acceptAll(ServerSocket server, AtomicInteger connections) {
        while (!server.isClosed()) {
            try (Socket ignored = server.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static boolean ready() throws Exception {
        String port = ConfigProvider.getConfig()
                .getOptionalValue("default.http.port", String.class)
                .orElse("9080");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && !response.body().contains("DOWN");
    }
}
