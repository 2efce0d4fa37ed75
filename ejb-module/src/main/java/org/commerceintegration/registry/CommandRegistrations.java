package org.commerceintegration.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commerceintegration.access.AccessRoles;
import org.commerceintegration.audit.AuditLog;
import org.commerceintegration.problem.InvalidRequestException;

/**
 * Changes {@code CMDREG} on an administrator's behalf: points a store's (or the site's) registration of an interface
 * at another known implementation, audited. Free text is refused: only a class name that resolves is accepted,
 * so a switch can never leave a store without a working command.
 *
 * <p>The change commits with this method; call {@link CommandRegistry#reload()} afterwards so the next message uses
 * it at once rather than at the next periodic refresh.
 */
@Stateless
public class CommandRegistrations {

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @EJB
    private CommandRegistry registry;

    @EJB
    private AuditLog audit;

    /**
     * @return the class name that was registered before ({@code null} when the store had no row of its own)
     * @throws InvalidRequestException when the class name does not name an implementation of the interface
     */
    @RolesAllowed(AccessRoles.ADMIN)
    public String switchImplementation(int storeId, String interfaceName, String className) {
        if (!registry.isKnownImplementation(interfaceName, className)) {
            throw new InvalidRequestException("'" + className + "' is not a known implementation of " + interfaceName
                    + "; choose one of " + registry.choices(interfaceName));
        }
        CommandRegistration row =
                entityManager.find(CommandRegistration.class, new CommandRegistrationKey(storeId, interfaceName));
        String before;
        if (row == null) {
            before = null;
            entityManager.persist(new CommandRegistration(storeId, interfaceName, className));
        } else {
            before = row.getClassName();
            row.switchTo(className);
        }
        audit.record(
                "registry.switch",
                "CMDREG STOREENT_ID=" + storeId + " INTERFACENAME=" + interfaceName,
                before,
                className);
        return before;
    }
}
