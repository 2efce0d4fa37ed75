package org.commerceintegration.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.commerceintegration.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark driver: runs each scenario in the server ({@link BenchmarkServlet}), printing its progress while it
 * runs, then prints the table and writes {@code results.csv} and {@code chart.svg} to {@code benchmark.dir}.
 *
 * <p>{@code -Dbenchmark.scale=smoke} (the default, in the test suite) runs every scenario small and asserts only
 * that the harness works: each scenario did all its work (a message not applied, or failed, fails the run) and the
 * files are written. {@code full} (Maven profile {@code benchmark}) runs them at the size the README reports.
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkIT {

    /** Consumers of the parallel queue: the activation spec's maxConcurrency (inbound.parallel.concurrency). */
    private static final int PARALLEL_CONSUMERS = 4;

    private final boolean full = "full".equals(System.getProperty("benchmark.scale", "smoke"));
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base =
            "http://localhost:" + System.getProperty("http.port", "9080") + "/integration-tests/benchmark/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(
                BenchmarkServlet.class, Scenarios.class, BenchmarkOrders.class, ProcessLoad.class, Progress.class);
    }

    @Test
    @RunAsClient
    void measuresEveryScenarioAndWritesTheReport() throws Exception {
        int n = full ? 10_000 : 200;
        List<Map<String, String>> results = new ArrayList<>();
        System.out.println("[benchmark] scale " + (full ? "full" : "smoke") + ", " + n + " messages per scenario");

        if (full) {
            // a JVM that has not yet run the inbound path would make the first scenario pay for its compilation
            List<Map<String, String>> warmUp = new ArrayList<>();
            run(
                    warmUp,
                    "warm-up (not reported): inbound parallel",
                    "drain",
                    2000,
                    "slot=9&queue=parallel&format=legacy");
            run(warmUp, "warm-up (not reported): outbound", "outbound", 500, "slot=10&format=xml");
        }
        Map<String, String> derby1 =
                run(results, "baseline: Derby insert+commit, 1 thread", "derby-insert", n, "threads=1");
        Map<String, String> derby4 = run(
                results,
                "baseline: Derby insert+commit, " + PARALLEL_CONSUMERS + " threads",
                "derby-insert",
                n,
                "threads=" + PARALLEL_CONSUMERS);
        Map<String, String> putGet = run(results, "baseline: persistent put+get", "put-get", n, "");

        Map<String, String> parallel = run(
                results, "inbound parallel, legacy OS 01, 1 item", "drain", n, "slot=1&queue=parallel&format=legacy");
        run(results, "inbound serial, legacy OS 01, 1 item", "drain", n, "slot=2&queue=serial&format=legacy");
        run(results, "inbound parallel, XML Update_NC_OrderStatus", "drain", n, "slot=3&queue=parallel&format=xml");
        run(
                results,
                "inbound parallel, legacy OS 01, 10 items",
                "drain",
                n / 5,
                "slot=4&queue=parallel&format=legacy&items=10");
        run(
                results,
                "inbound parallel, legacy OS 01, 100 items",
                "drain",
                n / 25,
                "slot=5&queue=parallel&format=legacy&items=100");

        double half = Double.parseDouble(parallel.get("perSecond")) / 2;
        run(results, "latency parallel at half the max rate", "latency", n / 2, "slot=6&queue=parallel&rate=" + half);

        run(results, "outbound OrderProcess, XML", "outbound", n / 2, "slot=7&format=xml");
        run(results, "outbound OrderProcess, legacy", "outbound", n / 2, "slot=8&format=legacy");

        run(results, "heap with messages queued", "queued-heap", full ? 40_000 : n, "");
        run(results, "message search by order", "record-lookup", full ? 1_000_000 : 5_000, "lookups=200");

        BenchmarkReport report = new BenchmarkReport(results, derby1, derby4, putGet);
        System.out.println(report.table());
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.csv"), report.csv());
        Files.writeString(dir.resolve("chart.svg"), report.svg());
        System.out.println("[benchmark] written: " + dir.resolve("results.csv") + ", " + dir.resolve("chart.svg"));

        assertEquals(13, results.size());
        for (Map<String, String> result : results) {
            assertTrue(Double.parseDouble(result.get("perSecond")) > 0, result.toString());
        }
        assertTrue(Files.readAllLines(dir.resolve("results.csv")).size() == results.size() + 1);
        assertTrue(Files.readString(dir.resolve("chart.svg")).contains("inbound parallel, legacy OS 01, 1 item"));
    }

    /**
     * Runs one scenario in the server, printing its progress line whenever it changes; fails when the scenario does.
     */
    private Map<String, String> run(
            List<Map<String, String>> results, String label, String scenario, int count, String parameters)
            throws Exception {
        System.out.println("[benchmark] " + label + " (" + count + ")");
        Thread progress = new Thread(() -> printProgress(label));
        progress.setDaemon(true);
        progress.start();
        HttpResponse<String> answer;
        try {
            answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + "run?scenario=" + scenario + "&count=" + count
                                    + (parameters.isEmpty() ? "" : "&" + parameters)))
                            .timeout(full ? Duration.ofMinutes(60) : Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            progress.interrupt();
            progress.join();
        }
        assertEquals(200, answer.statusCode(), label + ": " + answer.body());
        Properties figures = new Properties();
        figures.load(new StringReader(answer.body()));
        Map<String, String> result = new LinkedHashMap<>();
        result.put("scenario", label);
        figures.stringPropertyNames().forEach(name -> result.put(name, figures.getProperty(name)));
        // every unit of work was done (the lookup scenario's count is its records, its lookups being fixed)
        assertEquals(
                Integer.toString(count), result.getOrDefault("records", result.get("count")), label + ": " + result);
        System.out.println("[benchmark]   " + result.get("perSecond") + " " + result.get("unit") + "/s in "
                + result.get("seconds") + " s");
        results.add(result);
        return result;
    }

    private void printProgress(String label) {
        String last = "";
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(2000);
                String line = http.send(
                                HttpRequest.newBuilder(URI.create(base + "progress"))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (!line.equals(last)) {
                    System.out.println("[benchmark]   ... " + line);
                    last = line;
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                System.out.println("[benchmark]   (no progress: " + e + ")");
            }
        }
    }
}
