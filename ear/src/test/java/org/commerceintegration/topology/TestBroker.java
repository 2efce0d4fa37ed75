package org.commerceintegration.topology;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The build's Artemis broker as a plain JMS client outside the servers sees it (the test JVM has no server to look
 * a connection factory up in). Only the construction names the provider; the tests use standard JMS.
 */
final class TestBroker {

    private TestBroker() {}

    static ConnectionFactory connectionFactory() {
        return new ActiveMQConnectionFactory(
                "tcp://" + System.getProperty("artemis.host") + ":" + System.getProperty("artemis.port"),
                System.getProperty("artemis.user"),
                System.getProperty("artemis.password"));
    }
}
