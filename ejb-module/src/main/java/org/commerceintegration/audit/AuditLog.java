package org.commerceintegration.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.logging.Logger;
import org.commerceintegration.text.LogText;

/**
 * Records state changes made by people, in the caller's transaction, naming the caller from the security
 * context; and reads the trail back for the console.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Resource
    private SessionContext session;

    /** Records a change by the current caller. Must run in the transaction of the change itself. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String target, String before, String after) {
        Principal caller = session.getCallerPrincipal();
        String actor = caller == null ? "UNAUTHENTICATED" : caller.getName();
        entityManager.persist(new AuditRecord(actor, action, target, before, after));
        LOG.info(() -> "AUDIT " + LogText.escape(actor) + " " + action + " " + LogText.escape(target) + ": "
                + LogText.escape(before) + " -> " + LogText.escape(after));
    }

    /** The newest records first, at most {@code limit} (1 to 1000). */
    public List<AuditEntry> recent(int limit) {
        return entityManager
                .createQuery(
                        "SELECT NEW org.commerceintegration.audit.AuditEntry(a.id, a.at, a.actor, a.action, a.target,"
                                + " a.before, a.after) FROM AuditRecord a ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList();
    }
}
