package org.commerceintegration.testsupport.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commerceintegration.testsupport.Api;

/**
 * One Liberty server of the standalone-server tests: a copy of the topology test server (PostgreSQL and the Artemis broker,
 * as configured there) on ports of its own, with the application installed from {@code apps/} as the README's
 * server has it. Started and stopped with Liberty's {@code server} script, killed with {@code kill -9}.
 */
public final class LibertyNode {

    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "apps", "dropins", "tranlog", "messaging");

    public final String name;
    public final int httpPort;
    public final int httpsPort;
    private final Path wlp;

    private LibertyNode(String name, int httpPort, int httpsPort, Path wlp) {
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.wlp = wlp;
    }

    /**
     * A fresh server directory {@code name}, made from {@code template} with the EAR, these ports and these server
     * variables (over the template's).
     */
    public static LibertyNode create(
            Path wlp,
            String template,
            String name,
            int httpPort,
            int httpsPort,
            Path ear,
            Map<String, String> variables)
            throws IOException {
        Path servers = wlp.resolve("usr/servers");
        Path dir = servers.resolve(name);
        deleteTree(dir);
        Path from = servers.resolve(template);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0
                        && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = dir.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(dir.resolve("apps"));
        Files.copy(ear, dir.resolve("apps/commerce-integration.ear"), StandardCopyOption.REPLACE_EXISTING);
        // Overrides are read in name order and the last one wins: this file's ports over the template's topology.xml.
        Map<String, String> all = new TreeMap<>(variables);
        all.put("default.http.port", Integer.toString(httpPort));
        all.put("default.https.port", Integer.toString(httpsPort));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
        all.forEach((variable, value) ->
                xml.append("    <variable name=\"%s\" value=\"%s\"/>\n".formatted(variable, value)));
        xml.append("    <enterpriseApplication id=\"commerce-integration\" name=\"commerce-integration\"")
                .append(" location=\"commerce-integration.ear\">\n")
                // the OpenTelemetry API (tracing) is a third-party API of Liberty
                .append("        <classloader apiTypeVisibility=\"+third-party\"/>\n")
                .append("    </enterpriseApplication>\n</server>\n");
        Files.writeString(dir.resolve("configDropins/overrides/zz-node.xml"), xml);
        return new LibertyNode(name, httpPort, httpsPort, wlp);
    }

    /** The template's server directory as the build made it (the topology test server), from the system properties. */
    public static LibertyNode fromBuild(String name, int httpPort, int httpsPort, Map<String, String> variables)
            throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("liberty.wlp.dir"));
        String template = System.getProperty("liberty.topology.server");
        // The suite's own server shares the queues; it must not take messages meant for this one.
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", template)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD) // "not running" after the first node: no news
                .start()
                .waitFor(3, TimeUnit.MINUTES);
        return create(wlp, template, name, httpPort, httpsPort, Path.of(System.getProperty("ear.file")), variables);
    }

    /** Starts the server; Liberty's script returns once the server reports itself started. */
    public void start() {
        run("start");
    }

    public void stop() {
        run("stop");
    }

    /** Ends the server's process at once, as a crash or a power cut would: no shutdown, no clean-up. */
    public void kill() throws IOException, InterruptedException {
        Path pidFile = wlp.resolve("usr/servers/.pid/" + name + ".pid");
        String pid = Files.readString(pidFile).trim();
        Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -9 " + pid);
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> p.onExit().join());
    }

    /** Waits until {@code /health/ready} answers UP. */
    public void awaitReady(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < end) {
            try {
                last = Api.anonymous().get("http://localhost:" + httpPort + "/health/ready");
                if (last.statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // the HTTP endpoint opens while the server starts
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError(
                name + " not ready within " + limit + ": " + (last == null ? "no answer" : last.body()));
    }

    /** How many lines of the server's {@code messages.log} hold all these texts. */
    public long logLines(String... texts) throws IOException {
        Path log = wlp.resolve("usr/servers/" + name + "/logs/messages.log");
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> java.util.Arrays.stream(texts).allMatch(line::contains))
                    .count();
        }
    }

    /** {@code /health/ready} as it answers now. */
    public HttpResponse<String> readiness() {
        return Api.anonymous().get("http://localhost:" + httpPort + "/health/ready");
    }

    /** The server's API root, for {@link Api} requests. */
    public String api(String path) {
        return "https://localhost:" + httpsPort + "/integration" + path;
    }

    /** The sum of this server's {@code commerce.inbound.processed} counters of one queue (Prometheus text). */
    public long processed(String queue) {
        return Math.round(metric("commerce_inbound_processed_total", "queue=\"" + queue + "\""));
    }

    /**
     * The sum of an application metric's series whose labels contain {@code labelFilter} (empty: all series), from
     * the Prometheus text of {@code /metrics?scope=application}; {@code NaN} when no series matches.
     */
    public double metric(String name, String labelFilter) {
        HttpResponse<String> metrics =
                Api.anonymous().get("http://localhost:" + httpPort + "/metrics?scope=application");
        assertEquals(200, metrics.statusCode(), metrics.body());
        Matcher line = Pattern.compile(
                        "^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})?\\s+([0-9.Ee+-]+)$", Pattern.MULTILINE)
                .matcher(metrics.body());
        double sum = 0;
        boolean found = false;
        while (line.find()) {
            String labels = line.group(1) == null ? "" : line.group(1);
            if (labels.contains(labelFilter)) {
                sum += Double.parseDouble(line.group(2));
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    private void run(String action) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0 && "start".equals(action)) {
                throw new AssertionError("server " + action + " " + name + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
