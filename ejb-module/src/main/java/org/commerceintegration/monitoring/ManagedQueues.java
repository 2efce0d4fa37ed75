package org.commerceintegration.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The four queues of the application and nothing else: an operator can address exactly these, by their configured
 * names (server variables {@code queue.*.name}), so a request can never reach another destination of the provider.
 */
@ApplicationScoped
public class ManagedQueues {

    @Resource(lookup = "jms/JMSSerialInboundQueue")
    private Queue serialInbound;

    @Resource(lookup = "jms/JMSParallelInboundQueue")
    private Queue parallelInbound;

    @Resource(lookup = "jms/JMSOutboundQueue")
    private Queue outbound;

    @Resource(lookup = "jms/JMSErrorQueue")
    private Queue error;

    @Inject
    @ConfigProperty(name = "queue.serialInbound.name", defaultValue = "JMSSerialInboundQueue")
    private String serialInboundName;

    @Inject
    @ConfigProperty(name = "queue.parallelInbound.name", defaultValue = "JMSParallelInboundQueue")
    private String parallelInboundName;

    @Inject
    @ConfigProperty(name = "queue.outbound.name", defaultValue = "JMSOutboundQueue")
    private String outboundName;

    @Inject
    @ConfigProperty(name = "queue.error.name", defaultValue = "JMSErrorQueue")
    private String errorName;

    private List<ManagedQueue> all;

    @PostConstruct
    void init() {
        all = List.of(
                new ManagedQueue(serialInboundName, QueueRole.SERIAL_INBOUND, serialInbound, "SerialInboundListener"),
                new ManagedQueue(
                        parallelInboundName, QueueRole.PARALLEL_INBOUND, parallelInbound, "ParallelInboundListener"),
                new ManagedQueue(outboundName, QueueRole.OUTBOUND, outbound, null),
                new ManagedQueue(errorName, QueueRole.ERROR, error, null));
    }

    /** Serial inbound, parallel inbound, outbound, error: the order the console shows them in. */
    public List<ManagedQueue> all() {
        return all;
    }

    public Optional<ManagedQueue> find(String name) {
        return all.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** @throws UnknownQueueException when the name is not one of the four */
    public ManagedQueue require(String name) {
        return find(name).orElseThrow(() -> new UnknownQueueException(name, names()));
    }

    public ManagedQueue outbound() {
        return all.get(2);
    }

    public ManagedQueue errorQueue() {
        return all.get(3);
    }

    public List<String> names() {
        return all.stream().map(ManagedQueue::name).toList();
    }
}
