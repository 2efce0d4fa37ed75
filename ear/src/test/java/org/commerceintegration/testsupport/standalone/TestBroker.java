package org.commerceintegration.testsupport.standalone;

import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The build's Artemis broker as a plain JMS client outside the servers sees it (the test JVM has no server to look
 * a connection factory up in), and the broker process the tests stop and start again. Only this class names the
 * provider; the tests use standard JMS.
 */
public final class TestBroker {

    private TestBroker() {}

    /** Stops the broker process (Artemis's own service script), waiting until it has ended. */
    public static void stop() throws IOException, InterruptedException {
        service("stop");
    }

    /** Starts the broker process again and waits until it accepts connections. */
    public static void start() throws IOException, InterruptedException {
        service("start");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket(
                    System.getProperty("artemis.host"), Integer.parseInt(System.getProperty("artemis.port")))) {
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(250);
            }
        }
        throw new AssertionError("the broker did not come back within 60 s");
    }

    private static void service(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        Path.of(System.getProperty("artemis.instance"), "bin/artemis-service")
                                .toString(),
                        action)
                .inheritIO();
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new AssertionError("artemis-service " + action + " did not end");
        }
    }

    public static ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(
                "tcp://" + System.getProperty("artemis.host") + ":" + System.getProperty("artemis.port"),
                System.getProperty("artemis.user"),
                System.getProperty("artemis.password"));
    }
}
