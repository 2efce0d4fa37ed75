package org.commerceintegration.depth.ibmmq;

import com.ibm.mq.MQException;
import com.ibm.mq.MQQueueManager;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFMessageAgent;
import java.io.IOException;
import java.util.Hashtable;

/**
 * Opens PCF conversations over an IBM MQ client connection ({@link MQQueueManager}, TCP to the server-connection
 * channel), with the same host, port, channel, queue manager, user, password and cipher suite as the resource
 * adapter (the ibmmq.* server variables). The responses come back on a temporary queue made from
 * SYSTEM.DEFAULT.MODEL.QUEUE.
 */
final class ClientPcfAgents implements PcfAgent.Factory {

    /** Where the queue manager is and who asks; blank user or cipher suite: none. */
    record Settings(
            String host,
            int port,
            String channel,
            String queueManager,
            String user,
            String password,
            String cipherSuite,
            String applicationName,
            int waitSeconds) {}

    private final Settings settings;

    ClientPcfAgents(Settings settings) {
        this.settings = settings;
    }

    /** The connection properties of MQ classes for Java; the password only when there is a user. */
    Hashtable<String, Object> properties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(MQConstants.TRANSPORT_PROPERTY, MQConstants.TRANSPORT_MQSERIES_CLIENT);
        properties.put(MQConstants.HOST_NAME_PROPERTY, settings.host());
        properties.put(MQConstants.PORT_PROPERTY, settings.port());
        properties.put(MQConstants.CHANNEL_PROPERTY, settings.channel());
        properties.put(MQConstants.APPNAME_PROPERTY, settings.applicationName());
        if (!isBlank(settings.user())) {
            properties.put(MQConstants.USER_ID_PROPERTY, settings.user());
            properties.put(MQConstants.PASSWORD_PROPERTY, settings.password() == null ? "" : settings.password());
            properties.put(MQConstants.USE_MQCSP_AUTHENTICATION_PROPERTY, true);
        }
        if (!isBlank(settings.cipherSuite())) {
            properties.put(MQConstants.SSL_CIPHER_SUITE_PROPERTY, settings.cipherSuite());
        }
        return properties;
    }

    @Override
    public PcfAgent connect() throws MQException, MQDataException {
        MQQueueManager queueManager = new MQQueueManager(settings.queueManager(), properties());
        try {
            PCFMessageAgent agent = new PCFMessageAgent(queueManager);
            agent.setWaitInterval(settings.waitSeconds());
            return new Conversation(queueManager, agent);
        } catch (MQDataException | RuntimeException e) {
            disconnect(queueManager);
            throw e;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void disconnect(MQQueueManager queueManager) {
        try {
            queueManager.disconnect();
        } catch (MQException e) {
            // already gone: nothing is left to release
        }
    }

    /** One client connection and the agent speaking PCF over it. */
    private record Conversation(MQQueueManager queueManager, PCFMessageAgent agent) implements PcfAgent {

        @Override
        public PCFMessage[] send(PCFMessage request) throws MQDataException, IOException {
            return agent.send(request);
        }

        @Override
        public void close() {
            try {
                agent.disconnect();
            } catch (MQDataException | RuntimeException e) {
                // the connection is closed below either way
            }
            disconnect(queueManager);
        }
    }
}
