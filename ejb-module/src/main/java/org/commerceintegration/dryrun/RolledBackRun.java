package org.commerceintegration.dryrun;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.command.CommandInvocation;
import org.commerceintegration.dryrun.DryRunResult.Rows;
import org.commerceintegration.inbound.BlockFailedException;
import org.commerceintegration.inbound.Failure;
import org.commerceintegration.inbound.MessageCommands;
import org.commerceintegration.status.StatusCommandRunner;
import org.commerceintegration.status.StatusTableRows;
import org.commerceintegration.status.StatusTableRows.StatusList;

/**
 * Runs a mapped message's commands as the listener's transaction would ({@link MessageCommands}), reads the affected
 * orders' rows before and after inside that transaction, and then always rolls it back. Nothing else the listener
 * does is done here: no processing record, no error queue, no outcome event.
 *
 * <p>A session bean because the container owns the transaction: {@code REQUIRES_NEW} gives the run one of its own,
 * whatever the caller's, and {@link SessionContext#setRollbackOnly()} makes the container roll it back when the method
 * returns, whether the commands succeeded or not. Every failure of the commands is caught here and answered as a
 * {@link Failure}, so none crosses the bean's boundary as a system exception.
 */
@Stateless
public class RolledBackRun {

    /**
     * What the run did before it was rolled back.
     *
     * @param before      each order's rows before the commands, by order, in the order the blocks name them
     * @param after       each order's rows after the commands; empty when they failed
     * @param blockOrders the order each block was recorded for; empty when they failed
     * @param failure     why they failed, or null
     * @param failedBlock the failing block's position when the message has several, else null
     */
    public record Run(
            Map<Long, Rows> before,
            Map<Long, Rows> after,
            List<Long> blockOrders,
            Failure failure,
            Integer failedBlock) {}

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private MessageCommands commands;

    @Inject
    private StatusCommandRunner statusCommands;

    @Resource
    private SessionContext session;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({AccessRoles.OPERATOR, AccessRoles.ADMIN})
    public Run run(List<CommandInvocation> invocations) {
        try {
            Map<Long, Rows> before = new LinkedHashMap<>();
            for (CommandInvocation invocation : invocations) {
                Long ordersId = statusCommands.orderOf(invocation);
                if (ordersId != null
                        && !before.containsKey(ordersId)
                        && StatusTableRows.orderExists(connection(), ordersId)) {
                    before.put(ordersId, rows(ordersId));
                }
            }
            List<Long> blockOrders;
            try {
                blockOrders = commands.run(invocations);
                // The commands write through JPA; the rows are read with SQL on the same connection (another one
                // would wait for the locks this transaction holds).
                entityManager.flush();
            } catch (RuntimeException e) {
                Integer block = e instanceof BlockFailedException failed ? failed.index() : null;
                return new Run(before, Map.of(), List.of(), Failure.of(e), block);
            }
            Map<Long, Rows> after = new LinkedHashMap<>();
            for (Long ordersId : before.keySet()) {
                after.put(ordersId, rows(ordersId));
            }
            for (Long ordersId : blockOrders) {
                if (!after.containsKey(ordersId)) {
                    after.put(ordersId, rows(ordersId));
                }
            }
            return new Run(before, after, blockOrders, null, null);
        } finally {
            session.setRollbackOnly();
        }
    }

    private Rows rows(long ordersId) {
        Connection connection = connection();
        return new Rows(
                StatusTableRows.page(connection, StatusList.ORDSTAT, ordersId, 0, StatusTableRows.MAX_PAGE),
                StatusTableRows.page(connection, StatusList.ORDISTAT, ordersId, 0, StatusTableRows.MAX_PAGE));
    }

    /** The transaction's own connection, the one the commands write on; EclipseLink acquires it on first use. */
    private Connection connection() {
        return entityManager.unwrap(Connection.class);
    }
}
