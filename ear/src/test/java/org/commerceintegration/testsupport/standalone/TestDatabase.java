package org.commerceintegration.testsupport.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's PostgreSQL as the test JVM reaches it (plain JDBC, {@code test.jdbc.*} system properties), and its
 * cluster, which the tests stop and start again as {@code .ci/postgresql} set it up (Debian's
 * {@code pg_ctlcluster}, the newest installed version, cluster {@code main}; needs root).
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("test.jdbc.url"),
                System.getProperty("test.jdbc.user"),
                System.getProperty("test.jdbc.password"));
    }

    /** Stops the cluster (pg_ctl's default fast shutdown: open sessions are ended, as in an outage). */
    public static void stop() throws IOException, InterruptedException {
        pgCtlCluster("stop");
    }

    /** Starts the cluster and waits until it accepts connections. */
    public static void start() throws IOException, InterruptedException {
        pgCtlCluster("start");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            try (Connection ignored = connect()) {
                return;
            } catch (SQLException notYet) {
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        throw new AssertionError("PostgreSQL did not accept connections within 60 s of its start");
    }

    private static void pgCtlCluster(String action) throws IOException, InterruptedException {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString())
                    .max(Comparator.comparing(TestDatabase::versionNumber))
                    .orElseThrow(() -> new AssertionError("no PostgreSQL in /usr/lib/postgresql"));
        }
        Process process = new ProcessBuilder("pg_ctlcluster", version, "main", action)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("pg_ctlcluster " + version + " main " + action + ": " + output);
        }
    }

    private static double versionNumber(String version) {
        try {
            return Double.parseDouble(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
