package org.commerceintegration.depth.ibmmq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.mq.MQException;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.PCFException;
import com.ibm.mq.headers.pcf.PCFMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The PCF conversation at the message level, with the IBM MQ classes' own {@link PCFMessage}s written to and read
 * back from MQ messages. No queue manager runs where this is built: the queue manager's side is the responses it
 * documents for {@code MQCMD_INQUIRE_Q}, built with the same classes.
 */
class DepthInquiryTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:15:30Z");

    @Test
    void asksForTheCurrentDepthOfThatQueueAlone() throws Exception {
        PCFMessage received = QueueManagerAnswers.overTheWire(DepthInquiry.request("JMSSerialInboundQueue"));

        assertEquals(MQConstants.MQCFT_COMMAND, received.getType());
        assertEquals(MQConstants.MQCMD_INQUIRE_Q, received.getCommand());
        assertEquals(2, received.getParameterCount());
        assertEquals("JMSSerialInboundQueue", received.getStringParameterValue(MQConstants.MQCA_Q_NAME));
        assertArrayEquals(
                new int[] {MQConstants.MQIA_CURRENT_Q_DEPTH},
                received.getIntListParameterValue(MQConstants.MQIACF_Q_ATTRS));
    }

    @Test
    void readsTheDepthFromTheAnswer() throws Exception {
        DepthReading reading = DepthInquiry.read(
                "JMSErrorQueue", new PCFMessage[] {QueueManagerAnswers.depth("JMSErrorQueue", 17)}, AT);

        assertEquals(DepthReading.of("JMSErrorQueue", 17, AT), reading);
        assertNull(reading.error());
    }

    @Test
    void anEmptyQueueIsZeroNotUnknown() throws Exception {
        assertEquals(
                0,
                DepthInquiry.read("Q", new PCFMessage[] {QueueManagerAnswers.depth("Q", 0)}, AT)
                        .depth());
    }

    @Test
    void anErrorAnswerNamesItsReason() throws Exception {
        DepthReading reading = DepthInquiry.read(
                "NO.SUCH.QUEUE",
                new PCFMessage[] {QueueManagerAnswers.error(MQConstants.MQRC_UNKNOWN_OBJECT_NAME)},
                AT);

        assertEquals(-1, reading.depth());
        assertEquals("the queue manager refused: MQRC_UNKNOWN_OBJECT_NAME (2085)", reading.error());
    }

    @Test
    void anAnswerWithoutDepthOrForAnotherQueueIsUnknown() throws Exception {
        PCFMessage alias = new PCFMessage(MQConstants.MQCFT_RESPONSE, MQConstants.MQCMD_INQUIRE_Q, 1, true);
        alias.addParameter(MQConstants.MQCA_Q_NAME, "ALIAS.Q");
        assertEquals(
                -1,
                DepthInquiry.read("ALIAS.Q", new PCFMessage[] {QueueManagerAnswers.overTheWire(alias)}, AT)
                        .depth());
        assertEquals(
                -1,
                DepthInquiry.read("MINE", new PCFMessage[] {QueueManagerAnswers.depth("OTHER", 5)}, AT)
                        .depth());
        assertEquals(-1, DepthInquiry.read("MINE", new PCFMessage[0], AT).depth());
    }

    @Test
    void describesFailuresByTheirMQReason() throws Exception {
        assertEquals(
                "MQRC_HOST_NOT_AVAILABLE (2538)",
                DepthInquiry.describe(
                        new MQException(MQConstants.MQCC_FAILED, MQConstants.MQRC_HOST_NOT_AVAILABLE, null)));
        assertEquals(
                "MQRC_NOT_AUTHORIZED (2035)",
                DepthInquiry.describe(
                        new PCFException(MQConstants.MQCC_FAILED, MQConstants.MQRC_NOT_AUTHORIZED, new PCFMessage[] {
                            QueueManagerAnswers.error(MQConstants.MQRC_NOT_AUTHORIZED)
                        })));
        assertEquals("reason 987654", DepthInquiry.reason(987654));
    }
}
