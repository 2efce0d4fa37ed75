package org.commerceintegration.depth.ibmmq;

import com.ibm.mq.MQMessage;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;
import java.io.IOException;

/**
 * PCF messages as they travel: written into an {@link MQMessage} and read back, as the command server reads a request
 * and the agent reads a response; and the responses a queue manager sends to {@code MQCMD_INQUIRE_Q}.
 */
final class QueueManagerAnswers {

    private QueueManagerAnswers() {}

    /** The message the other side reads after this one crossed the wire. */
    static PCFMessage overTheWire(PCFMessage message) throws IOException, MQDataException {
        MQMessage wire = new MQMessage();
        message.write(wire);
        wire.seek(0);
        return new PCFMessage(wire);
    }

    /** A queue manager's answer naming the queue (padded to 48 characters, as MQ pads names) and its depth. */
    static PCFMessage depth(String queue, int depth) throws IOException, MQDataException {
        PCFMessage response = new PCFMessage(MQConstants.MQCFT_RESPONSE, MQConstants.MQCMD_INQUIRE_Q, 1, true);
        response.addParameter(MQConstants.MQCA_Q_NAME, String.format("%-48s", queue));
        response.addParameter(MQConstants.MQIA_CURRENT_Q_DEPTH, depth);
        return overTheWire(response);
    }

    /** A queue manager's error answer, e.g. {@code MQRC_UNKNOWN_OBJECT_NAME}. */
    static PCFMessage error(int reason) throws IOException, MQDataException {
        PCFMessage response = new PCFMessage(MQConstants.MQCFT_RESPONSE, MQConstants.MQCMD_INQUIRE_Q, 1, true);
        response.getHeader().setCompCode(MQConstants.MQCC_FAILED);
        response.getHeader().setReason(reason);
        return overTheWire(response);
    }
}
