package org.commerceintegration.inbound;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.format.MessageFormatException;
import org.commerceintegration.tracing.MessageTracing;
import org.commerceintegration.tracing.TracedStep;

/**
 * Offers a message to every {@link MessageMapper} until one recognises it, as Commerce's program adapters offer it
 * to their mappers ({@code WCS.INTEGRATION}, {@code NC.LEGACY}). A message that no mapper takes fails the way
 * Commerce's {@code NewInboundMessage} does: "No command matches the inbound message". A site adds a mapper by
 * adding a {@code MessageMapper} bean.
 */
@ApplicationScoped
public class MapperChain {

    @Inject
    @Any
    private Instance<MessageMapper> mapperBeans;

    @Inject
    private MessageTracing tracing;

    private List<MessageMapper> mappers;

    @PostConstruct
    void collect() {
        // A stable order, so that a message both could take always goes the same way.
        mappers = mapperBeans.stream()
                .sorted(Comparator.comparing(mapper -> mapper.getClass().getName()))
                .toList();
    }

    /**
     * @param decodedWith the charset the bytes were decoded with, {@code null} for a text message
     * @return the invocations, one per block of the message, in document order; never empty
     * @throws MessageFormatException {@link MessageMapper#NO_COMMAND} when no mapper recognises the message, or the
     *                                recognising mapper's own error
     */
    public List<CommandInvocation> map(String message, java.nio.charset.Charset decodedWith) {
        try (TracedStep mapping = tracing.step("map message")) {
            try {
                return map(message, decodedWith, mapping);
            } catch (MessageFormatException e) {
                mapping.failed(e.reasonCode(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                mapping.failed(e);
                throw e;
            }
        }
    }

    private List<CommandInvocation> map(String message, java.nio.charset.Charset decodedWith, TracedStep mapping) {
        for (MessageMapper mapper : mappers) {
            Optional<List<CommandInvocation>> invocations = mapper.map(message, decodedWith);
            if (invocations.isPresent()) {
                mapping.attribute("commerce.mapper", mapper.getClass().getSimpleName())
                        .attribute("commerce.blocks", invocations.get().size());
                invocations.get().stream()
                        .findFirst()
                        .ifPresent(first -> mapping.attribute("commerce.message.type", first.messageType())
                                .attribute("commerce.command", first.commandName()));
                return invocations.get();
            }
        }
        throw new MessageFormatException(
                MessageMapper.NO_COMMAND,
                "No command matches the inbound message: it is neither a legacy "
                        + "message (<ECEDOC><PROLOG>...) nor an XML document type the templates know");
    }
}
