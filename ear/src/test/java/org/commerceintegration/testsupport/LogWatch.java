package org.commerceintegration.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Watches what one class of the application logs (java.util.logging, in the server's JVM), so that an in-server test
 * can wait for a decision the application only logs, such as "will be redelivered", instead of sleeping for as long
 * as the decision might take.
 */
public final class LogWatch implements AutoCloseable {

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            messages.add(formatter.formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogWatch(Class<?> source) {
        logger = Logger.getLogger(source.getName());
        logger.addHandler(handler);
    }

    /** Starts watching the logger named after {@code source}, as the application's classes name theirs. */
    public static LogWatch on(Class<?> source) {
        return new LogWatch(source);
    }

    /** Waits until a message logged since watching matches; returns whether one did within the timeout. */
    public boolean await(Duration timeout, Predicate<String> matching) {
        return InServer.await(timeout.toMillis(), () -> messages.stream().anyMatch(matching));
    }

    /** What was logged since watching, for failure messages. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
