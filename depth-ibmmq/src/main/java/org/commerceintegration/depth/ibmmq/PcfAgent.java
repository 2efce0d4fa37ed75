package org.commerceintegration.depth.ibmmq;

import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;
import java.io.IOException;

/**
 * An open PCF conversation with the queue manager: sends one command, returns its responses. Kept this small so that
 * the sampling and publishing can be tested without a queue manager; {@link ClientPcfAgents} makes the real one.
 */
interface PcfAgent extends AutoCloseable {

    /**
     * @throws com.ibm.mq.headers.pcf.PCFException the queue manager answered with an error (the conversation holds)
     * @throws MQDataException the conversation broke
     */
    PCFMessage[] send(PCFMessage request) throws MQDataException, IOException;

    /** Ends the conversation; never throws. */
    @Override
    void close();

    /** Opens conversations. */
    interface Factory {
        PcfAgent connect() throws Exception;
    }
}
