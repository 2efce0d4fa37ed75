package org.commerceintegration.depth.ibmmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.mq.MQException;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFException;
import com.ibm.mq.headers.pcf.PCFMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import org.junit.jupiter.api.Test;

/**
 * Sampling and publishing against a stand-in queue manager that reads each request as the command server would (the
 * real PCF message, written and read back) and answers with the responses IBM MQ documents; no queue manager runs
 * where this is built. Also the real client against a port where nothing listens.
 */
class DepthSamplerTest {

    private static final List<String> QUEUES =
            List.of("JMSSerialInboundQueue", "JMSParallelInboundQueue", "JMSOutboundQueue", "JMSErrorQueue");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:30Z"), ZoneOffset.UTC);

    /** The queue manager's side: depths by queue name; unknown names refused as the command server refuses them. */
    private static final class QueueManager implements PcfAgent.Factory {
        final Map<String, Integer> depths = new HashMap<>();
        final List<String> asked = new ArrayList<>();
        Exception refuseConnection;
        String breakAt;
        int connections;
        int closed;

        @Override
        public PcfAgent connect() throws Exception {
            if (refuseConnection != null) {
                throw refuseConnection;
            }
            connections++;
            return new PcfAgent() {
                @Override
                public PCFMessage[] send(PCFMessage request) throws MQDataException, IOException {
                    PCFMessage received = QueueManagerAnswers.overTheWire(request);
                    assertEquals(MQConstants.MQCMD_INQUIRE_Q, received.getCommand());
                    String queue = received.getStringParameterValue(MQConstants.MQCA_Q_NAME);
                    asked.add(queue);
                    if (queue.equals(breakAt)) {
                        throw new MQDataException(MQConstants.MQCC_FAILED, MQConstants.MQRC_CONNECTION_BROKEN, this);
                    }
                    Integer depth = depths.get(queue);
                    if (depth == null) {
                        // PCFMessageAgent turns an error response into this exception
                        throw new PCFException(
                                MQConstants.MQCC_FAILED,
                                MQConstants.MQRC_UNKNOWN_OBJECT_NAME,
                                new PCFMessage[] {QueueManagerAnswers.error(MQConstants.MQRC_UNKNOWN_OBJECT_NAME)});
                    }
                    return new PCFMessage[] {QueueManagerAnswers.depth(queue, depth)};
                }

                @Override
                public void close() {
                    closed++;
                }
            };
        }
    }

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final QueueManager queueManager = new QueueManager();

    private long depth(String queue) throws Exception {
        return (Long) server.getAttribute(DepthPublisher.nameOf(queue), "Depth");
    }

    private String error(String queue) throws Exception {
        return (String) server.getAttribute(DepthPublisher.nameOf(queue), "Error");
    }

    private void allDepths(int serial, int parallel, int outbound, int error) {
        queueManager.depths.putAll(Map.of(
                "JMSSerialInboundQueue", serial,
                "JMSParallelInboundQueue", parallel,
                "JMSOutboundQueue", outbound,
                "JMSErrorQueue", error));
    }

    @Test
    void publishesEveryQueuesDepthOverOneConversation() throws Exception {
        allDepths(3, 40, 0, 2);
        try (DepthPublisher publisher = new DepthPublisher(server, QUEUES);
                DepthSampler sampler = new DepthSampler(queueManager, QUEUES, publisher, CLOCK)) {
            sampler.sample();
            assertEquals(3, depth("JMSSerialInboundQueue"));
            assertEquals(40, depth("JMSParallelInboundQueue"));
            assertEquals(0, depth("JMSOutboundQueue"));
            assertEquals(2, depth("JMSErrorQueue"));
            assertNull(error("JMSErrorQueue"));
            assertEquals(
                    "2026-12-03T10:15:30Z", server.getAttribute(DepthPublisher.nameOf("JMSErrorQueue"), "LastRead"));

            queueManager.depths.put("JMSErrorQueue", 9);
            sampler.sample();
            assertEquals(9, depth("JMSErrorQueue"));
            assertEquals(1, queueManager.connections, "the conversation stays open between samples");
            assertEquals(QUEUES, queueManager.asked.subList(0, 4));
        }
        assertEquals(1, queueManager.closed);
    }

    @Test
    void aRefusedQueueIsUnknownAloneAndTheConversationHolds() throws Exception {
        allDepths(1, 2, 3, 4);
        queueManager.depths.remove("JMSOutboundQueue");
        try (DepthPublisher publisher = new DepthPublisher(server, QUEUES);
                DepthSampler sampler = new DepthSampler(queueManager, QUEUES, publisher, CLOCK)) {
            sampler.sample();
            assertEquals(-1, depth("JMSOutboundQueue"));
            assertEquals("the queue manager refused: MQRC_UNKNOWN_OBJECT_NAME (2085)", error("JMSOutboundQueue"));
            assertEquals(4, depth("JMSErrorQueue"));
            assertEquals(0, queueManager.closed);
        }
    }

    @Test
    void aQueueManagerAwayMakesEveryDepthUnknownUntilItIsBack() throws Exception {
        allDepths(1, 2, 3, 4);
        queueManager.refuseConnection =
                new MQException(MQConstants.MQCC_FAILED, MQConstants.MQRC_HOST_NOT_AVAILABLE, null);
        try (DepthPublisher publisher = new DepthPublisher(server, QUEUES);
                DepthSampler sampler = new DepthSampler(queueManager, QUEUES, publisher, CLOCK)) {
            sampler.sample();
            for (String queue : QUEUES) {
                assertEquals(-1, depth(queue));
                assertEquals("cannot connect to the queue manager: MQRC_HOST_NOT_AVAILABLE (2538)", error(queue));
            }

            queueManager.refuseConnection = null;
            sampler.sample();
            assertEquals(4, depth("JMSErrorQueue"));
            assertNull(error("JMSSerialInboundQueue"));
        }
    }

    @Test
    void aBrokenConversationLeavesTheRestUnknownAndIsOpenedAfresh() throws Exception {
        allDepths(1, 2, 3, 4);
        try (DepthPublisher publisher = new DepthPublisher(server, QUEUES);
                DepthSampler sampler = new DepthSampler(queueManager, QUEUES, publisher, CLOCK)) {
            sampler.sample();
            allDepths(5, 6, 7, 8);
            queueManager.breakAt = "JMSOutboundQueue";
            sampler.sample();
            assertEquals(5, depth("JMSSerialInboundQueue"));
            assertEquals(6, depth("JMSParallelInboundQueue"));
            assertEquals(-1, depth("JMSOutboundQueue"));
            assertEquals(-1, depth("JMSErrorQueue"));
            assertEquals("the queue manager stopped answering: MQRC_CONNECTION_BROKEN (2009)", error("JMSErrorQueue"));
            assertEquals(1, queueManager.closed, "the broken conversation is closed");

            queueManager.breakAt = null;
            sampler.sample();
            assertEquals(7, depth("JMSOutboundQueue"));
            assertEquals(2, queueManager.connections);
        }
    }

    @Test
    void theRealClientWithNoQueueManagerListeningReportsItAndBreaksNothing() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ClientPcfAgents client = new ClientPcfAgents(new ClientPcfAgents.Settings(
                "127.0.0.1", port, "COMMERCE.SVRCONN", "QM1", "", "", "", "commerce-depth-ibmmq", 5));
        try (DepthPublisher publisher = new DepthPublisher(server, QUEUES);
                DepthSampler sampler = new DepthSampler(client, QUEUES, publisher, CLOCK)) {
            sampler.sample();
            for (String queue : QUEUES) {
                assertEquals(-1, depth(queue));
                assertTrue(error(queue).startsWith("cannot connect to the queue manager: MQRC_"), error(queue));
            }
        }
    }

    @Test
    void sendsAUserAndACipherSuiteOnlyWhenSet() {
        ClientPcfAgents.Settings none =
                new ClientPcfAgents.Settings("mq.example", 1414, "COMMERCE.SVRCONN", "QM1", "", "", "", "app", 10);
        var plain = new ClientPcfAgents(none).properties();
        assertEquals("mq.example", plain.get(MQConstants.HOST_NAME_PROPERTY));
        assertEquals(1414, plain.get(MQConstants.PORT_PROPERTY));
        assertEquals("COMMERCE.SVRCONN", plain.get(MQConstants.CHANNEL_PROPERTY));
        assertEquals(MQConstants.TRANSPORT_MQSERIES_CLIENT, plain.get(MQConstants.TRANSPORT_PROPERTY));
        assertTrue(
                !plain.containsKey(MQConstants.USER_ID_PROPERTY) && !plain.containsKey(MQConstants.PASSWORD_PROPERTY));
        assertTrue(!plain.containsKey(MQConstants.SSL_CIPHER_SUITE_PROPERTY));

        var secured = new ClientPcfAgents(new ClientPcfAgents.Settings(
                        "mq.example",
                        1414,
                        "COMMERCE.SVRCONN",
                        "QM1",
                        "commerceapp",
                        "s3cret",
                        "TLS_AES_256_GCM_SHA384",
                        "app",
                        10))
                .properties();
        assertEquals("commerceapp", secured.get(MQConstants.USER_ID_PROPERTY));
        assertEquals("s3cret", secured.get(MQConstants.PASSWORD_PROPERTY));
        assertEquals(true, secured.get(MQConstants.USE_MQCSP_AUTHENTICATION_PROPERTY));
        assertEquals("TLS_AES_256_GCM_SHA384", secured.get(MQConstants.SSL_CIPHER_SUITE_PROPERTY));
    }
}
