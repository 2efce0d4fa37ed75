package org.commerceintegration.outbound;

import static org.commerceintegration.testsupport.InServer.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.commerceintegration.outbound.order.OrderProcess;
import org.commerceintegration.outbound.order.OrderProcessResult;
import org.commerceintegration.testsupport.Api;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.OutboundQueue;
import org.commerceintegration.testsupport.Outbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Sent only after commit, never lost": the message leaves only when the caller's transaction commits; a rolled-back
 * caller leaves nothing; a refused send keeps the message in {@code MSGSTORE} until the queue accepts it again, and
 * it is then delivered exactly once, also when several transactions race for the same row (as two servers sharing
 * the database would).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    /** How the provider under test refuses a send to a full queue (the test server's configuration says). */
    private static String queueFullCode() {
        return InServer.providerExpectation("test.queueFullCode");
    }
    /** Longer than the first retry's backoff plus one timer interval (defaults 30 s and 15 s). */
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OutboxIT.class);
    }

    @EJB
    private UnsentMessages unsent;

    @EJB
    private OrderProcess orderProcess;

    @EJB
    private OutboxDispatcher dispatcher;

    @BeforeEach
    @AfterEach
    void clean() {
        OutboundQueue.drain();
        Outbox.clear();
    }

    @Test
    void rolledBackCallerSendsNothingAndLeavesNoRow() throws Exception {
        UserTransaction transaction = userTransaction();
        transaction.begin();
        OrderProcessResult result;
        try {
            result = orderProcess.process(10002L);
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(), OutboundQueue.receiveSentSoFar(), "nothing may be sent for a rolled-back order");
        assertNull(Outbox.row(result.messageId()));
        assertEquals(0, Outbox.count());
    }

    @Test
    void messageLeavesOnlyWhenTheCallerCommits() throws Exception {
        UserTransaction transaction = userTransaction();
        transaction.begin();
        OrderProcessResult result;
        String marker;
        try {
            result = orderProcess.process(10002L);
            // Sent in this transaction, the marker arrives when it commits: a message that left before the commit
            // would be ahead of it.
            marker = OutboundQueue.putMarker();
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        assertEquals(List.of(), OutboundQueue.receiveBefore(marker), "nothing leaves before the commit");

        OutboundQueue.Received message = OutboundQueue.receive(ARRIVAL);
        assertNotNull(message);
        assertEquals(result.correlationId(), message.correlationId());
        assertNull(Outbox.row(result.messageId()));
    }

    /**
     * The back end stops reading and the outbound queue fills up, so the provider refuses further sends (the embedded
     * engine: CWSIK0025E, destination high limit reached; IBM MQ: MQRC_Q_FULL). The order still commits, its message
     * waits in MSGSTORE with the refusal recorded, and once the back end has read the queue empty again the retry
     * timer delivers it: once.
     */
    @Test
    void refusedSendWaitsInMsgstoreAndIsDeliveredExactlyOnceAfterRecovery() throws Exception {
        long start = System.nanoTime();
        int fillers = OutboundQueue.fillUntilRefused();
        assertTrue(fillers > 0);
        log(start, "queue full after " + fillers + " fillers");

        OrderProcessResult result = orderProcess.process(10001L);

        Map<String, Object> waiting = Outbox.awaitRow(
                result.messageId(), row -> row != null && ((Number) row.get("CI_ATTEMPTS")).intValue() >= 1, ARRIVAL);
        log(start, "refusal recorded: " + waiting.get("CI_LASTERROR"));
        assertTrue(
                String.valueOf(waiting.get("CI_LASTERROR")).contains(queueFullCode()),
                "the provider's refusal is recorded for operators: " + waiting.get("CI_LASTERROR"));
        assertEquals("OrderCreateXMLFormat", waiting.get("CI_MSGTYPE"));
        assertEquals(10001L, ((Number) waiting.get("CI_ORDERS_ID")).longValue());
        assertEquals(3, ((Number) waiting.get("TRANSPORT_ID")).intValue());
        assertEquals(0, ((Number) waiting.get("MESSAGEINDEX")).intValue());
        assertEquals(10101, ((Number) waiting.get("STOREENT_ID")).intValue());
        assertEquals(result.correlationId(), waiting.get("CI_CORRELID"));
        assertEquals("RETRYING", unsent.get(result.messageId()).state());

        // The back end reads the queue empty again. Should the timer already get through while it does, the message
        // is kept here rather than lost.
        List<OutboundQueue.Received> ours = new ArrayList<>(OutboundQueue.drainKeepingApplicationMessages());
        log(start, "queue read empty, application messages met: " + ours.size());
        if (ours.isEmpty()) {
            OutboundQueue.Received message = OutboundQueue.receive(RECOVERY); // the retry timer's next due run
            assertNotNull(message, "the stored message is delivered after recovery");
            ours.add(message);
        }
        log(start, "delivered");
        assertEquals(1, ours.size());
        assertEquals(result.correlationId(), ours.get(0).correlationId());
        assertEquals("10001", ours.get(0).ordersId());
        assertNull(Outbox.row(result.messageId()), "delivered means deleted");

        assertEquals(0, dispatcher.dispatchDue(), "nothing left to retry");
        assertEquals(404, sendAgain(result.messageId()).statusCode(), "no row left to send again");
        assertEquals(List.of(), OutboundQueue.receiveSentSoFar(), "and no second copy");
    }

    private static void log(long start, String what) {
        System.out.println(
                "OutboxIT +" + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms: " + what);
    }

    /** Eight transactions race for one stored row, as servers sharing the database would: one sends, once. */
    @Test
    void racingSendersDeliverAStoredRowOnce() throws Exception {
        byte[] body = "<race/>".getBytes(StandardCharsets.UTF_8);
        long id = Outbox.plantRefused("OrderCreateXMLFormat", 10101, 10003L, body);
        int senders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<SendOutcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                Callable<SendOutcome> send = () -> {
                    start.await();
                    HttpResponse<String> answer = sendAgain(id);
                    return answer.statusCode() == 404
                            ? SendOutcome.ALREADY_SENT
                            : SendOutcome.valueOf(InServer.object(answer).getString("outcome"));
                };
                outcomes.add(pool.submit(send));
            }
            start.countDown();
            List<SendOutcome> results = new ArrayList<>();
            for (Future<SendOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter(r -> r == SendOutcome.SENT).count(), results.toString());
            assertTrue(
                    results.stream()
                            .allMatch(r -> r == SendOutcome.SENT
                                    || r == SendOutcome.ALREADY_SENT
                                    || r == SendOutcome.CLAIMED_ELSEWHERE),
                    results.toString());
        } finally {
            pool.shutdownNow();
        }
        List<OutboundQueue.Received> received = OutboundQueue.receiveSentSoFar();
        assertEquals(1, received.size(), "exactly one message: " + received);
        assertEquals("<race/>", received.get(0).text());
        assertNull(Outbox.row(id));
    }

    /** "Send again" as an operator does it (the EJB requires the operator role): 200 with the outcome, or 404. */
    private static HttpResponse<String> sendAgain(long messageId) {
        return Api.as(Api.OPERATOR).post(url("/api/unsent/" + messageId + "/send"), "text/plain", "");
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }
}
