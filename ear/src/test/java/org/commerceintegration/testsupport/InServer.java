package org.commerceintegration.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For in-server tests that also call the server over HTTP (with {@link Api}): the server's own ports, read from its
 * configuration because the test JVM's system properties are not visible inside the server, and JSON parsing with
 * the server's JSON-P implementation.
 */
public final class InServer {

    private InServer() {}

    /** The absolute HTTPS URL of an application path such as {@code /api/queues}. */
    public static String url(String path) {
        return "https://localhost:" + ConfigProvider.getConfig().getValue("default.https.port", String.class)
                + "/integration" + path;
    }

    /** The absolute plain HTTP URL of a server path such as {@code /metrics}. */
    public static String serverUrl(String path) {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("default.http.port", String.class) + path;
    }

    /**
     * What the messaging provider under test does, as the test server's configuration declares it (variables
     * {@code test.*} in {@code in-server-tests.xml}, overridden by the topology server's {@code topology.xml}).
     */
    public static String providerExpectation(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    public static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** Polls until the value is there (not {@code null}) or the time is up; returns it, or {@code null}. */
    public static <T> T awaitValue(Duration timeout, Supplier<T> value) {
        long end = System.nanoTime() + timeout.toNanos();
        T current = value.get();
        while (current == null && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            current = value.get();
        }
        return current;
    }

    /** Polls until the condition holds or the time is up; returns whether it held. */
    public static boolean await(long timeoutMillis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
