package org.commerceintegration.depth.ibmmq;

import com.ibm.mq.MQException;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;
import java.time.Instant;

/**
 * The PCF conversation about one queue's depth: the {@code MQCMD_INQUIRE_Q} request asking for
 * {@code MQIA_CURRENT_Q_DEPTH} only, and what the queue manager's answer (or its refusal) says.
 */
final class DepthInquiry {

    private DepthInquiry() {}

    /** Inquire queue {@code queue}, asking for its current depth alone. */
    static PCFMessage request(String queue) {
        PCFMessage request = new PCFMessage(MQConstants.MQCMD_INQUIRE_Q);
        request.addParameter(MQConstants.MQCA_Q_NAME, queue);
        request.addParameter(MQConstants.MQIACF_Q_ATTRS, new int[] {MQConstants.MQIA_CURRENT_Q_DEPTH});
        return request;
    }

    /**
     * The depth the responses give for {@code queue}. The queue manager pads names to 48 characters; an error
     * response (completion code not OK) names its reason; a response without a depth (an alias or remote queue has
     * none) is unknown.
     */
    static DepthReading read(String queue, PCFMessage[] responses, Instant at) {
        for (PCFMessage response : responses) {
            if (response.getCompCode() != MQConstants.MQCC_OK) {
                return DepthReading.unknown(queue, "the queue manager refused: " + reason(response.getReason()), at);
            }
            Object name = response.getParameterValue(MQConstants.MQCA_Q_NAME);
            Object depth = response.getParameterValue(MQConstants.MQIA_CURRENT_Q_DEPTH);
            if (name != null && queue.equals(name.toString().strip()) && depth instanceof Integer count) {
                return DepthReading.of(queue, count, at);
            }
        }
        return DepthReading.unknown(queue, "no current depth in the answer (not a local queue?)", at);
    }

    /** Why a conversation failed, as an operator reads it: the MQ reason's name and number where there is one. */
    static String describe(Exception e) {
        if (e instanceof MQDataException data) {
            return reason(data.reasonCode);
        }
        if (e instanceof MQException mq) {
            return reason(mq.reasonCode);
        }
        return e.toString();
    }

    /** {@code MQRC_UNKNOWN_OBJECT_NAME (2085)}; the number alone for a reason this client does not name. */
    static String reason(int reason) {
        String name;
        try {
            name = MQConstants.lookupReasonCode(reason);
        } catch (RuntimeException e) {
            name = null;
        }
        return name == null || name.isBlank() || name.equals(Integer.toString(reason))
                ? "reason " + reason
                : name + " (" + reason + ")";
    }
}
