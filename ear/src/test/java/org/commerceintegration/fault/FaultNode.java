package org.commerceintegration.fault;

import java.time.Duration;
import java.util.Map;
import org.commerceintegration.testsupport.standalone.LibertyNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fault tests' one Liberty server: a copy of the topology test server (PostgreSQL, the Artemis broker), started
 * by the first fault test class of a run and stopped when the run ends, so that a run pays one server start, not one
 * per class. Only the fault tests run in that JVM (their own failsafe execution), so no other test's servers compete
 * for the shared queues meanwhile.
 *
 * <p>Its outbox retries sooner than the defaults (first after 10 s, looked for every 2 s) so that a broker outage's
 * messages leave within seconds of its end; three retries at 10, 20 and 40 s still outlast a 30 s outage.
 */
final class FaultNode implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FaultNode.class);

    private static volatile LibertyNode node;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> start(), Started.class);
    }

    /** The running server of this run. */
    static LibertyNode node() {
        if (node == null) {
            throw new IllegalStateException("no fault node: the test class lacks @ExtendWith(FaultNode.class)");
        }
        return node;
    }

    private static Started start() {
        try {
            LibertyNode started = LibertyNode.fromBuild(
                    "commerceFaultNode",
                    9183,
                    9546,
                    Map.of(
                            "commerce.outbound.retry.backoffSeconds", "10",
                            "commerce.outbound.retry.intervalSeconds", "2"));
            started.start();
            started.awaitReady(Duration.ofMinutes(3));
            node = started;
            return new Started(started);
        } catch (Exception e) {
            throw new IllegalStateException("the fault node did not start", e);
        }
    }

    /** The sum of an application metric's series (Prometheus text of {@code /metrics?scope=application}). */
    static double metric(String name) {
        return node().metric(name, "");
    }

    /** Stops the server when the run's root context closes. */
    private record Started(LibertyNode server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.stop();
            node = null;
        }
    }
}
