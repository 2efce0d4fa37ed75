package org.commerceintegration.monitoring.depth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.QueueRole;
import org.junit.jupiter.api.Test;

/**
 * Reads depths from MBeans registered in a real {@link MBeanServer} under the names the configured pattern gives, as
 * the embedded engine and the IBM MQ PCF publisher register theirs, and falls back to the other monitor (browsing in
 * the server) one reading at a time.
 */
class MBeanQueueMonitorTest {

    private static final String ENGINE = "WebSphere:feature=wasJmsServer,type=Queue,name={queue}";
    private static final String PCF = "org.commerceintegration.depth:type=QueueDepth,name={queue}";

    /** The attributes a depth MBean offers: the engine's {@code Depth}, and another name to configure. */
    public interface QueueStats {
        long getDepth();

        int getCurrentDepth();
    }

    /** A queue's statistics; {@code failing} makes the getter throw, as an MBean of a removed queue does. */
    public static final class Stats implements QueueStats {
        final long depth;
        final boolean failing;

        Stats(long depth, boolean failing) {
            this.depth = depth;
            this.failing = failing;
        }

        @Override
        public long getDepth() {
            if (failing) {
                throw new IllegalStateException("queue removed");
            }
            return depth;
        }

        @Override
        public int getCurrentDepth() {
            return (int) depth + 1000;
        }
    }

    /** Stands for browsing: answers a depth nobody registered, and remembers the queues it was asked about. */
    private static final class Fallback implements QueueMonitor {
        final List<String> asked = new ArrayList<>();

        @Override
        public String source() {
            return "fallback";
        }

        @Override
        public QueueDepth depth(ManagedQueue queue) {
            asked.add(queue.name());
            return QueueDepth.atLeast(99);
        }
    }

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final Fallback fallback = new Fallback();

    private static ManagedQueue queue(String name) {
        return new ManagedQueue(name, QueueRole.ERROR, null, null);
    }

    private void register(String name, Stats stats) throws Exception {
        server.registerMBean(new StandardMBean(stats, QueueStats.class), new ObjectName(name));
    }

    @Test
    void readsTheDepthOfTheQueuesMBean() throws Exception {
        register("WebSphere:feature=wasJmsServer,type=Queue,name=JMSErrorQueue", new Stats(42, false));
        register("WebSphere:feature=wasJmsServer,type=Queue,name=JMSOutboundQueue", new Stats(7, false));
        MBeanQueueMonitor monitor = new MBeanQueueMonitor(server, ENGINE, "Depth", fallback);

        assertEquals(QueueDepth.of(42), monitor.depth(queue("JMSErrorQueue")));
        assertEquals(QueueDepth.of(7), monitor.depth(queue("JMSOutboundQueue")));
        assertTrue(fallback.asked.isEmpty());
        assertEquals("mbean " + ENGINE, monitor.source());
    }

    @Test
    void readsTheConfiguredAttribute() throws Exception {
        register("org.commerceintegration.depth:type=QueueDepth,name=JMSErrorQueue", new Stats(5, false));
        assertEquals(
                QueueDepth.of(1005),
                new MBeanQueueMonitor(server, PCF, "CurrentDepth", fallback).depth(queue("JMSErrorQueue")));
    }

    @Test
    void quotesANameObjectNameWouldRefuse() throws Exception {
        register(
                "org.commerceintegration.depth:type=QueueDepth,name=" + ObjectName.quote("ORDERS,EU=1"),
                new Stats(3, false));
        assertEquals(
                QueueDepth.of(3), new MBeanQueueMonitor(server, PCF, "Depth", fallback).depth(queue("ORDERS,EU=1")));
        assertEquals("ORDERS.IN", MBeanQueueMonitor.valueOf("ORDERS.IN"));
    }

    @Test
    void browsesWhenTheMBeanIsMissing() {
        MBeanQueueMonitor monitor = new MBeanQueueMonitor(server, ENGINE, "Depth", fallback);
        assertEquals(QueueDepth.atLeast(99), monitor.depth(queue("JMSErrorQueue")));
        assertEquals(List.of("JMSErrorQueue"), fallback.asked);
    }

    @Test
    void browsesWhenTheMBeanFailsOrKnowsNoDepth() throws Exception {
        register("org.commerceintegration.depth:type=QueueDepth,name=GONE", new Stats(1, true));
        // the PCF publisher reports -1 while the queue manager does not answer
        register("org.commerceintegration.depth:type=QueueDepth,name=AWAY", new Stats(-1, false));
        MBeanQueueMonitor monitor = new MBeanQueueMonitor(server, PCF, "Depth", fallback);

        assertEquals(QueueDepth.atLeast(99), monitor.depth(queue("GONE")));
        assertEquals(QueueDepth.atLeast(99), monitor.depth(queue("AWAY")));
        assertEquals(
                QueueDepth.atLeast(99),
                new MBeanQueueMonitor(server, PCF, "NoSuchAttribute", fallback).depth(queue("GONE")));
        assertEquals(List.of("GONE", "AWAY", "GONE"), fallback.asked);
    }

    @Test
    void refusesAPatternThatCannotNameOneMBeanPerQueue() {
        IllegalArgumentException noPlaceholder = assertThrows(
                IllegalArgumentException.class,
                () -> new MBeanQueueMonitor(server, "WebSphere:type=Queue,name=JMSErrorQueue", "Depth", fallback));
        assertTrue(noPlaceholder.getMessage().contains("commerce.monitoring.depth.mbean"), noPlaceholder.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new MBeanQueueMonitor(server, "no domain {queue}", "Depth", fallback));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MBeanQueueMonitor(server, "WebSphere:type=*,name={queue}", "Depth", fallback));
        assertThrows(IllegalArgumentException.class, () -> new MBeanQueueMonitor(server, ENGINE, " ", fallback));
    }

    @Test
    void choosesMBeansOnlyWhenAPatternIsConfigured() {
        assertSame(fallback, QueueMonitors.choose(server, "", "Depth", fallback));
        assertSame(fallback, QueueMonitors.choose(server, "  ", "Depth", fallback));
        assertSame(fallback, QueueMonitors.choose(server, "broken", "Depth", fallback));
        assertEquals(
                "mbean " + PCF,
                QueueMonitors.choose(server, PCF, "Depth", fallback).source());
    }
}
