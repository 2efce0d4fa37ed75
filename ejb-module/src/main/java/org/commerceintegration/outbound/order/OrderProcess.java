package org.commerceintegration.outbound.order;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.commerceintegration.order.Order;
import org.commerceintegration.order.OrderNotFoundException;
import org.commerceintegration.outbound.QueuedMessage;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.registry.ResolvedCommand;
import org.commerceintegration.tracing.MessageTracing;
import org.commerceintegration.tracing.TracedStep;

/**
 * The part of Commerce's {@code OrderProcess} that concerns the back end: runs the {@code OrderMessagingCmd} that
 * {@code CMDREG} registers for the order's store (spec §5.2), so that a switch of {@code CLASSNAME} applies to the
 * next order without a restart.
 *
 * <p>Runs in the caller's transaction ({@code REQUIRED}): a co-deployed application that processes an order calls
 * this inside its own transaction, and the message is sent only if that transaction commits. Called without one (the
 * REST API), it gets its own.
 *
 * <p>Open to every caller on purpose ({@code @PermitAll}): it is the in-process entry point of the co-deployed Commerce
 * application, which calls it in its own security context, with none of this application's roles. Sending an order
 * changes nothing here but the outbox; the REST API in front of it requires the operator role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrderProcess {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @EJB
    private CommandRegistry registry;

    @Inject
    private MessageTracing tracing;

    /**
     * Sends the order to the back end through the registered command.
     *
     * @throws OrderNotFoundException when no such order exists
     * @throws org.commerceintegration.registry.CommandResolutionException when {@code CMDREG} names no usable command
     * @throws org.commerceintegration.outbound.OutboundCompositionException when the message cannot be composed
     */
    public OrderProcessResult process(long ordersId) {
        // A child of the caller's span (the REST request's, or the co-deployed application's), else a new trace: the
        // order's message stores this context and carries it when it is sent.
        try (TracedStep processing = tracing.step("OrderProcess")) {
            processing.attribute("commerce.orders_id", ordersId);
            try {
                return send(ordersId);
            } catch (RuntimeException e) {
                processing.failed(e);
                throw e;
            }
        }
    }

    private OrderProcessResult send(long ordersId) {
        // The order and all its items in one query, so the message never loads items one by one.
        List<Order> found = entityManager
                .createQuery("SELECT DISTINCT o FROM Order o LEFT JOIN FETCH o.items WHERE o.id = :id", Order.class)
                .setParameter("id", ordersId)
                .getResultList();
        if (found.isEmpty()) {
            throw new OrderNotFoundException(ordersId);
        }
        Order order = found.get(0);
        ResolvedCommand<OrderMessagingCmd> command = registry.resolve(order.getStoreId(), OrderMessagingCmd.class);
        QueuedMessage queued = command.command().sendOrder(order);
        return new OrderProcessResult(
                order.getId(),
                order.getStoreId(),
                command.className(),
                queued.messageType(),
                queued.messageId(),
                queued.correlationId());
    }
}
