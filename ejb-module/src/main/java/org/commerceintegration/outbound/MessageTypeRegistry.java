package org.commerceintegration.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The outbound message types, in the spirit of Commerce's {@code MSGTYPES}: every {@link OutboundMessageComposer}
 * bean with its {@link OutboundMessageType} entry, found once when first used. Beans cannot appear while the
 * application runs, so the table never changes afterwards and lookups need no locking.
 *
 * <p>Beans of the EJB module and of the application's library jars ({@code lib/} of the EAR) are found, so a site
 * adds a message type by shipping a composer bean in either place.
 */
@ApplicationScoped
public class MessageTypeRegistry {

    private static final Logger LOG = Logger.getLogger(MessageTypeRegistry.class.getName());

    @Inject
    private BeanManager beanManager;

    private Map<String, Entry> types;

    @PostConstruct
    void discover() {
        Map<String, Entry> found = new TreeMap<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (!OutboundMessageComposer.class.isAssignableFrom(bean.getBeanClass())) {
                continue;
            }
            OutboundMessageType type = typeOf(bean);
            if (type == null) {
                throw new IllegalStateException(
                        "Outbound composer " + bean.getBeanClass().getName()
                                + " has no @OutboundMessageType: the registry cannot tell which message type it composes");
            }
            Entry previous = found.get(type.value());
            if (previous != null) {
                throw new IllegalStateException("Outbound message type '" + type.value() + "' is composed by both "
                        + previous.info().composerClass() + " and "
                        + bean.getBeanClass().getName());
            }
            OutboundMessageComposer<?> composer = reference(bean);
            found.put(
                    type.value(),
                    new Entry(
                            new MessageTypeInfo(
                                    type.value(),
                                    type.description(),
                                    bean.getBeanClass().getName(),
                                    composer.subjectType().getName()),
                            composer));
        }
        types = Collections.unmodifiableMap(found);
        LOG.info(() -> "Outbound message types: " + types.keySet());
    }

    /**
     * The composer of a message type.
     *
     * @throws IllegalArgumentException when no composer bean carries that name
     */
    public OutboundMessageComposer<?> composer(String messageType) {
        Entry entry = types.get(messageType);
        if (entry == null) {
            throw new IllegalArgumentException(
                    "Unknown outbound message type '" + messageType + "'; known: " + types.keySet());
        }
        return entry.composer();
    }

    /** Whether a composer exists for the name. */
    public boolean isKnown(String messageType) {
        return types.containsKey(messageType);
    }

    /** Every message type, by name. */
    public List<MessageTypeInfo> types() {
        List<MessageTypeInfo> infos = new ArrayList<>(types.size());
        types.values().forEach(entry -> infos.add(entry.info()));
        return infos;
    }

    private static OutboundMessageType typeOf(Bean<?> bean) {
        for (Annotation qualifier : bean.getQualifiers()) {
            if (qualifier instanceof OutboundMessageType type) {
                return type;
            }
        }
        return null;
    }

    private OutboundMessageComposer<?> reference(Bean<?> bean) {
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return (OutboundMessageComposer<?>) beanManager.getReference(bean, bean.getBeanClass(), context);
    }

    private record Entry(MessageTypeInfo info, OutboundMessageComposer<?> composer) {}
}
