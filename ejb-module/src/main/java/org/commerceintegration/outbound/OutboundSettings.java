package org.commerceintegration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbound settings, read through MicroProfile Config (server variables in {@code server.xml}, environment,
 * system properties). One place, so that their names and defaults are documented together:
 *
 * <table>
 *   <caption>Outbound settings</caption>
 *   <tr><th>Name</th><th>Default</th><th>Meaning</th></tr>
 *   <tr><td>{@code commerce.outbound.queue.jndi}</td><td>{@code jms/JMSOutboundQueue}</td>
 *       <td>JNDI name of the queue every outbound message goes to</td></tr>
 *   <tr><td>{@code commerce.outbound.<type>.queue.jndi}</td><td>(the above)</td>
 *       <td>another queue for one message type, as a Commerce message profile binds a type to a transport</td></tr>
 *   <tr><td>{@code commerce.outbound.retries}</td><td>3</td>
 *       <td>automatic retries after a failed send ({@code MSGSTORE.RETRIES}; Commerce's transports use 3)</td></tr>
 *   <tr><td>{@code commerce.outbound.retry.intervalSeconds}</td><td>15</td>
 *       <td>how often the retry timer looks for due rows</td></tr>
 *   <tr><td>{@code commerce.outbound.retry.backoffSeconds}</td><td>30</td>
 *       <td>wait before the first retry; doubles with every failed attempt</td></tr>
 *   <tr><td>{@code commerce.outbound.retry.maxBackoffSeconds}</td><td>3600</td><td>longest wait between retries</td></tr>
 *   <tr><td>{@code commerce.outbound.retry.batchSize}</td><td>100</td><td>rows one timer run sends at most</td></tr>
 * </table>
 */
@ApplicationScoped
public class OutboundSettings {

    /** The queue of the outbound JMS transport, named as Commerce's {@code outQueue}. */
    public static final String DEFAULT_QUEUE_JNDI = "jms/JMSOutboundQueue";

    @Inject
    private Config config;

    @Inject
    @ConfigProperty(name = "commerce.outbound.queue.jndi", defaultValue = DEFAULT_QUEUE_JNDI)
    private String queueJndi;

    @Inject
    @ConfigProperty(name = "commerce.outbound.retries", defaultValue = "3")
    private int retries;

    @Inject
    @ConfigProperty(name = "commerce.outbound.retry.intervalSeconds", defaultValue = "15")
    private long retryIntervalSeconds;

    @Inject
    @ConfigProperty(name = "commerce.outbound.retry.backoffSeconds", defaultValue = "30")
    private long backoffSeconds;

    @Inject
    @ConfigProperty(name = "commerce.outbound.retry.maxBackoffSeconds", defaultValue = "3600")
    private long maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "commerce.outbound.retry.batchSize", defaultValue = "100")
    private int batchSize;

    /** JNDI name of the queue for a message type: its own setting, else the common outbound queue. */
    public String queueJndi(String messageType) {
        Optional<String> own =
                config.getOptionalValue("commerce.outbound." + messageType + ".queue.jndi", String.class);
        return own.filter(name -> !name.isBlank()).orElse(queueJndi).strip();
    }

    /** Automatic retries a new row starts with. */
    public int retries() {
        return Math.max(0, retries);
    }

    public Duration retryInterval() {
        return Duration.ofSeconds(Math.max(1, retryIntervalSeconds));
    }

    /**
     * How long to wait after the given number of failed attempts: the base backoff, doubled for every further
     * failure, capped. Also the grace before the timer picks up a fresh row whose after-commit send is running.
     */
    public Duration backoff(int failedAttempts) {
        long base = Math.max(1, backoffSeconds);
        long max = Math.max(base, maxBackoffSeconds);
        int doublings = Math.min(Math.max(0, failedAttempts - 1), 30);
        return Duration.ofSeconds(Math.min(max, base << doublings));
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }
}
