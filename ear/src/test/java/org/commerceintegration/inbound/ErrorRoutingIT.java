package org.commerceintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.Queues;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message no mapper recognises ends on {@code JMSErrorQueue} with its original bytes, correlated with its message
 * id as Commerce does, with the reason and where it came from, and is recorded as failed.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorRoutingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(ErrorRoutingIT.class);
    }

    @Test
    void unrecognisedMessageGoesToErrorQueueWithOriginalBytesAndReason() throws Exception {
        byte[] body = "HELLO, this is not a Commerce message \u00e9".getBytes(StandardCharsets.UTF_8);
        String id = Queues.sendBytes(Queues.SERIAL, body, Map.of("source", "test"));

        Message copy = Queues.receiveCorrelated(Queues.ERROR, id, 20_000);

        assertNotNull(copy, "on the error queue");
        assertArrayEquals(body, Queues.body(copy));
        assertEquals(id, copy.getJMSCorrelationID());
        assertEquals("NO_COMMAND", copy.getStringProperty(ErrorQueue.REASON_CODE));
        assertTrue(copy.getStringProperty(ErrorQueue.REASON).contains("No command matches the inbound message"));
        assertEquals("JMSSerialInboundQueue", copy.getStringProperty(ErrorQueue.SOURCE_QUEUE));
        assertEquals(1, copy.getIntProperty(ErrorQueue.DELIVERY_COUNT));
        assertNotNull(copy.getStringProperty(ErrorQueue.FAILED_AT));
        assertEquals("test", copy.getStringProperty("source"), "the original properties are kept");
        assertEquals("FAILED", Jdbc.queryValue("select OUTCOME from CI_INBOUND_MESSAGE where MSGID = ?", id));
    }

    @Test
    void invalidUtf8IsAnEncodingError() throws Exception {
        byte[] body = {'<', 'E', 'C', (byte) 0xC3, (byte) 0x28, 'x'};
        String id = Queues.sendBytes(Queues.PARALLEL, body, Map.of());

        Message copy = Queues.receiveCorrelated(Queues.ERROR, id, 20_000);

        assertNotNull(copy);
        assertArrayEquals(body, Queues.body(copy));
        assertEquals("ENCODING", copy.getStringProperty(ErrorQueue.REASON_CODE));
        assertEquals("JMSParallelInboundQueue", copy.getStringProperty(ErrorQueue.SOURCE_QUEUE));
    }
}
