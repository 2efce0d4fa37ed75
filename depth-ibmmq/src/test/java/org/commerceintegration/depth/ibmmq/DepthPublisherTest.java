package org.commerceintegration.depth.ibmmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The depth MBeans in a real {@link MBeanServer}, read by attribute name as the application reads them, under the name
 * messaging-ibmmq.xml tells the application to look for.
 */
class DepthPublisherTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:15:30Z");

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();

    private Object attribute(String name, String attribute) throws Exception {
        return server.getAttribute(new ObjectName(name), attribute);
    }

    @Test
    void everyQueueHasItsMBeanFromTheStartAndShowsTheLatestReading() throws Exception {
        try (DepthPublisher publisher = new DepthPublisher(server, List.of("JMSSerialInboundQueue", "JMSErrorQueue"))) {
            String error = "org.commerceintegration.depth:type=QueueDepth,name=JMSErrorQueue";
            assertEquals(-1L, attribute(error, "Depth"));
            assertEquals("not asked yet", attribute(error, "Error"));
            assertNull(attribute(error, "LastRead"));

            publisher.publish(DepthReading.of("JMSErrorQueue", 12, AT));
            assertEquals(12L, attribute(error, "Depth"));
            assertNull(attribute(error, "Error"));
            assertEquals("2026-12-03T10:15:30Z", attribute(error, "LastRead"));

            publisher.publish(DepthReading.unknown("JMSErrorQueue", "MQRC_HOST_NOT_AVAILABLE (2538)", AT));
            assertEquals(-1L, attribute(error, "Depth"));
            assertEquals("MQRC_HOST_NOT_AVAILABLE (2538)", attribute(error, "Error"));
            assertEquals(
                    -1L,
                    attribute("org.commerceintegration.depth:type=QueueDepth,name=JMSSerialInboundQueue", "Depth"));
        }
    }

    @Test
    void closingRemovesTheMBeansAndANewDeploymentReplacesLeftOvers() throws Exception {
        ObjectName name = DepthPublisher.nameOf("JMSOutboundQueue");
        DepthPublisher first = new DepthPublisher(server, List.of("JMSOutboundQueue"));
        first.publish(DepthReading.of("JMSOutboundQueue", 3, AT));
        // a redeployment before the first one's MBeans went away
        try (DepthPublisher second = new DepthPublisher(server, List.of("JMSOutboundQueue"))) {
            assertEquals(-1L, server.getAttribute(name, "Depth"));
        }
        assertFalse(server.isRegistered(name));
        first.close();
    }

    @Test
    void aNameObjectNameWouldRefuseIsQuoted() throws Exception {
        try (DepthPublisher publisher = new DepthPublisher(server, List.of("ORDERS,EU=1"))) {
            publisher.publish(DepthReading.of("ORDERS,EU=1", 4, AT));
            assertEquals(
                    4L,
                    attribute(
                            "org.commerceintegration.depth:type=QueueDepth,name=" + ObjectName.quote("ORDERS,EU=1"),
                            "Depth"));
        }
        assertEquals("ORDERS.IN", DepthPublisher.valueOf("ORDERS.IN"));
    }

    @Test
    void theNameIsTheOneMessagingIbmmqXmlGivesTheApplication() throws Exception {
        String config = Files.readString(
                Path.of("..", "liberty-config", "src", "main", "liberty", "config", "messaging-ibmmq.xml"));
        Matcher declared = Pattern.compile("name=\"commerce\\.monitoring\\.depth\\.mbean\" defaultValue=\"([^\"]+)\"")
                .matcher(config);
        assertTrue(declared.find(), "messaging-ibmmq.xml declares commerce.monitoring.depth.mbean");
        assertEquals(
                DepthPublisher.nameOf("JMSErrorQueue"),
                new ObjectName(declared.group(1).replace("{queue}", "JMSErrorQueue")));
        assertTrue(config.contains("<feature>messaging-3.1</feature>"), "messaging-ibmmq.xml is the IBM MQ include");
    }
}
