package org.commerceintegration.depth.ibmmq;

import com.ibm.mq.headers.pcf.PCFException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the queue manager for every queue's depth, one PCF inquiry per queue over one conversation kept open between
 * samples, and publishes the answers. A queue the queue manager refuses (unknown name, not authorised) is unknown by
 * itself; a conversation that cannot be opened or breaks makes every queue it did not answer for unknown, is dropped,
 * and the next sample opens a new one. The log says when the queue manager goes away and when it is back, not at
 * every sample.
 */
final class DepthSampler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DepthSampler.class.getName());

    private final PcfAgent.Factory agents;
    private final List<String> queues;
    private final DepthPublisher publisher;
    private final Clock clock;
    private PcfAgent agent;
    private String away;

    DepthSampler(PcfAgent.Factory agents, List<String> queues, DepthPublisher publisher, Clock clock) {
        this.agents = agents;
        this.queues = List.copyOf(queues);
        this.publisher = publisher;
        this.clock = clock;
    }

    synchronized void sample() {
        Instant now = clock.instant();
        if (agent == null) {
            try {
                agent = agents.connect();
            } catch (Exception e) {
                unreachable(0, "cannot connect to the queue manager: " + DepthInquiry.describe(e), now, e);
                return;
            }
        }
        for (int i = 0; i < queues.size(); i++) {
            String queue = queues.get(i);
            try {
                publisher.publish(DepthInquiry.read(queue, agent.send(DepthInquiry.request(queue)), now));
            } catch (PCFException refused) {
                // an answer, for this queue alone: the conversation holds
                publisher.publish(DepthReading.unknown(
                        queue, "the queue manager refused: " + DepthInquiry.describe(refused), now));
            } catch (Exception e) {
                closeAgent();
                unreachable(i, "the queue manager stopped answering: " + DepthInquiry.describe(e), now, e);
                return;
            }
        }
        if (away != null) {
            LOG.info("IBM MQ queue depths are read again by PCF");
            away = null;
        }
    }

    private void unreachable(int from, String why, Instant now, Exception e) {
        for (String queue : queues.subList(from, queues.size())) {
            publisher.publish(DepthReading.unknown(queue, why, now));
        }
        if (!why.equals(away)) {
            // the MQ reason says it all; the client's long stack trace only at FINE
            LOG.warning("IBM MQ queue depths unknown (retried every sample): " + why);
            LOG.log(Level.FINE, "IBM MQ queue depth inquiry failed", e);
            away = why;
        }
    }

    private void closeAgent() {
        if (agent != null) {
            agent.close();
            agent = null;
        }
    }

    @Override
    public synchronized void close() {
        closeAgent();
    }
}
