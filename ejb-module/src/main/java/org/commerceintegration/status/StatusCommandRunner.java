package org.commerceintegration.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.registry.CommandResolutionException;

/**
 * How a dispatcher runs a status message: the invocation's command name ({@code OrderStatus},
 * {@code OrderConfirmStatus}, {@code OrderShippingStatus}, {@code OrderInvoiceStatus}) picks the Commerce command
 * interface, and the command registry ({@code CMDREG}) picks its implementation for the order's store.
 *
 * <p>Status messages carry no store id. The order's store ({@code ORDERS.STOREENT_ID}) is found with one key lookup
 * from {@code orderId}, or from the recorded status of the {@code merchantOrderNumber}; when neither leads to one
 * store (unknown order, bad id) the site row applies, and the command itself reports what is wrong with the message.
 *
 * <p>Usage, inside the message's transaction:
 * <pre>{@code
 * if (StatusCommandRunner.handles(invocation.commandName())) {
 *     long ordersId = statusCommands.forInvocation(invocation).execute(invocation);
 * }
 * }</pre>
 */
@ApplicationScoped
public class StatusCommandRunner {

    /** Command name (as the mappers' templates give it) to Commerce command interface. */
    public static final Map<String, Class<? extends StatusMessageCommand>> INTERFACES = Map.of(
            "OrderStatus", OrderStatusCmd.class,
            "OrderConfirmStatus", OrderConfirmCmd.class,
            "OrderShippingStatus", OrderShippingCmd.class,
            "OrderInvoiceStatus", OrderInvoiceCmd.class);

    @Inject
    CommandRegistry registry;

    @PersistenceContext(unitName = "commerce")
    EntityManager entityManager;

    /** Whether the command name is one of the OrderStatus family. */
    public static boolean handles(String commandName) {
        return INTERFACES.containsKey(commandName);
    }

    /** The Commerce command interface for a command name, if it is one of the family. */
    public static Optional<Class<? extends StatusMessageCommand>> commandInterface(String commandName) {
        return Optional.ofNullable(INTERFACES.get(commandName));
    }

    /**
     * The command to run for the invocation, as registered for the order's store, else for the site.
     *
     * @throws CommandResolutionException when the command name is not of this family, or the registry has no usable
     *                                    row for it
     */
    public StatusMessageCommand forInvocation(CommandInvocation invocation) {
        Class<? extends StatusMessageCommand> type = commandInterface(invocation.commandName())
                .orElseThrow(() -> new CommandResolutionException("No command matches '" + invocation.commandName()
                        + "': not one of the OrderStatus commands " + INTERFACES.keySet()));
        return registry.resolve(storeOf(invocation), type);
    }

    /** Resolves and runs the invocation's command; see {@link StatusMessageCommand#execute}. */
    public long execute(CommandInvocation invocation) {
        return forInvocation(invocation).execute(invocation);
    }

    /** The store whose registrations apply: the order's, or the site's ({@value CommandRegistry#SITE_STORE_ID}). */
    public int storeOf(CommandInvocation invocation) {
        String orderId = invocation.property(OrderStatusColumns.ORDER_ID);
        if (orderId != null && !orderId.isBlank()) {
            long ordersId;
            try {
                ordersId = Long.parseLong(orderId.strip());
            } catch (NumberFormatException e) {
                return CommandRegistry.SITE_STORE_ID;
            }
            return single(entityManager
                    .createQuery("SELECT o.storeId FROM Order o WHERE o.id = :id", Integer.class)
                    .setParameter("id", ordersId)
                    .getResultList());
        }
        String number = invocation.property(OrderStatusColumns.MERCHANT_ORDER_NUMBER);
        if (number != null && !number.isBlank()) {
            return single(entityManager
                    .createQuery(
                            "SELECT DISTINCT o.storeId FROM Order o, OrderStatusRecord s"
                                    + " WHERE o.id = s.ordersId AND s.merchantOrderNumber = :number AND "
                                    + StatusRepository.CURRENT_STATUS,
                            Integer.class)
                    .setParameter("number", number)
                    .getResultList());
        }
        return CommandRegistry.SITE_STORE_ID;
    }

    private static int single(List<Integer> stores) {
        return stores.size() == 1 && stores.get(0) != null ? stores.get(0) : CommandRegistry.SITE_STORE_ID;
    }
}
