package org.commerceintegration.outbound;

/**
 * Renders one outbound message type from its subject, e.g. an order into a {@code Report_NC_PurchaseOrder}. The
 * composer only produces bytes; storing, sending after commit, retrying and the JMS properties are the same for every
 * type and are not its business.
 *
 * <p>A composer is a CDI bean ({@code @ApplicationScoped}) annotated with {@link OutboundMessageType}; it runs in the
 * caller's transaction, may read the database, and must fail with an exception (never produce a half message) when
 * the subject cannot be rendered, which rolls the caller's transaction back.
 *
 * @param <S> what the message is about, e.g. {@link org.commerceintegration.order.Order}
 */
public interface OutboundMessageComposer<S> {

    /** The subject type {@link #compose(Object)} accepts; checked before it is called. */
    Class<S> subjectType();

    /** The complete message body and what it concerns. */
    ComposedMessage compose(S subject);
}
