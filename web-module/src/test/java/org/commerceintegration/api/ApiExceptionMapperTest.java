package org.commerceintegration.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.commerceintegration.monitoring.UnknownQueueException;
import org.commerceintegration.monitoring.browse.InvalidOperationException;
import org.commerceintegration.monitoring.listener.ListenerControlException;
import org.commerceintegration.order.OrderNotFoundException;
import org.commerceintegration.outbound.OutboundCompositionException;
import org.commerceintegration.problem.InvalidRequestException;
import org.commerceintegration.problem.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiExceptionMapperTest {

    private static final String SECRET = "jdbc:derby://db-host:1527/commercedb;password=hunter2";

    private final Logger logger = Logger.getLogger(ApiExceptionMapper.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void record() {
        logger.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
    }

    @Test
    void applicationTypesKeepTheirMessageAndStatusThroughContainerWrapping() {
        assertAnswer(
                404,
                "not_found",
                "Unknown queue 'X'; the queues are [A]",
                new EJBException(new UnknownQueueException("X", List.of("A"))));
        assertAnswer(404, "not_found", "No such thing", new NotFoundException("No such thing"));
        assertAnswer(404, "not_found", new OrderNotFoundException(7).getMessage(), new OrderNotFoundException(7));
        assertAnswer(
                400,
                "bad_request",
                "limit must be 1 to 500",
                new EJBException(
                        new RuntimeException("rollback", new InvalidOperationException("limit must be 1 to 500"))));
        assertAnswer(400, "bad_request", "className is required", new InvalidRequestException("className is required"));
        assertAnswer(409, "conflict", "endpoint gone", new ListenerControlException("endpoint gone", false));
        assertAnswer(
                422, "unprocessable_entity", "HDR010 too long", new OutboundCompositionException("HDR010 too long"));
        assertAnswer(403, "forbidden", "Not allowed for your role", new EJBAccessException("role x lacks y"));
        assertTrue(logged.isEmpty(), "expected failures are not incidents");
    }

    /** A JDK exception's message is not written for the caller and may say anything: never shown, only logged. */
    @Test
    void anythingElseIsAnIncidentWhoseIdIsLoggedAndNothingElseShown() {
        for (Throwable error : List.of(
                new IllegalArgumentException(SECRET),
                new EJBException(new IllegalStateException("wrapper", new IllegalArgumentException(SECRET))),
                new NoSuchElementException(SECRET),
                new IllegalStateException(SECRET))) {
            logged.clear();
            ApiExceptionMapper.Answer answer = ApiExceptionMapper.answer(error);
            assertEquals(500, answer.status(), error.toString());
            assertEquals("internal_server_error", answer.error());
            assertFalse(answer.message().contains("hunter2"), answer.message());
            String incident = answer.message().replaceFirst("^Internal error; incident ", "");
            assertEquals(36, incident.length(), "a UUID: " + answer.message());
            assertEquals(1, logged.size());
            assertTrue(logged.get(0).getMessage().contains(incident), "logged with its id");
            assertSame(error, logged.get(0).getThrown(), "logged with the whole failure");
        }
    }

    private static void assertAnswer(int status, String error, String message, Throwable thrown) {
        assertEquals(
                new ApiExceptionMapper.Answer(status, error, message),
                ApiExceptionMapper.answer(thrown),
                thrown.toString());
    }
}
