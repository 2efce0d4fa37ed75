package org.commerceintegration.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.commerceintegration.outbound.order.OrderMessagingCmd;
import org.commerceintegration.outbound.order.SendLegacyOrderCommand;
import org.commerceintegration.outbound.order.SendXmlOrderCommand;
import org.commerceintegration.status.OrderStatusCmd;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.InServer;
import org.commerceintegration.testsupport.Jdbc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The command registry against the real {@code CMDREG} table: store rows beat site rows, the Commerce
 * administrators' {@code UPDATE} statement switches the implementation after a reload and after the periodic
 * refresh, and an unknown class name is a clear error.
 */
@ExtendWith(ArquillianExtension.class)
class CommandRegistryIT {

    private static final String ORDER_MESSAGING = "com.ibm.commerce.order.commands.OrderMessagingCmd";
    private static final String XML_IMPL = "com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl";
    private static final String WCS_IMPL = "com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl";
    private static final int DEMO_STORE = 10101;

    /** The statement as the Commerce documentation gives it. */
    private static final String SWITCH_TO_LEGACY =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";

    private static final String SWITCH_TO_XML =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(CommandRegistryIT.class);
    }

    @EJB
    private CommandRegistry registry;

    @AfterEach
    void restoreSiteDefaults() {
        Jdbc.execute("delete from CMDREG where STOREENT_ID = " + DEMO_STORE);
        Jdbc.execute(SWITCH_TO_XML);
        registry.reload();
    }

    @Test
    void siteRowAppliesToEveryStoreWithoutItsOwnRow() {
        assertInstanceOf(
                SendXmlOrderCommand.class,
                registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command());
        assertEquals(
                XML_IMPL, registry.resolve(DEMO_STORE, OrderMessagingCmd.class).className());
    }

    @Test
    void storeRowBeatsSiteRow() {
        Jdbc.execute("insert into CMDREG (STOREENT_ID, INTERFACENAME, CLASSNAME, TARGET) values (" + DEMO_STORE + ", '"
                + ORDER_MESSAGING + "', '" + WCS_IMPL + "', 'Local')");
        registry.reload();

        assertInstanceOf(
                SendLegacyOrderCommand.class,
                registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command());
        assertInstanceOf(
                SendXmlOrderCommand.class,
                registry.resolve(20202, OrderMessagingCmd.class).command(),
                "another store still gets the site row");
    }

    @Test
    void commerceUpdateStatementSwitchesImplementationAfterReload() {
        assertEquals(1, Jdbc.execute(SWITCH_TO_LEGACY));
        assertInstanceOf(
                SendXmlOrderCommand.class,
                registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command(),
                "cached until reloaded");

        registry.reload();

        assertInstanceOf(
                SendLegacyOrderCommand.class,
                registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command());
    }

    @Test
    void commerceUpdateStatementTakesEffectThroughPeriodicRefresh() {
        assertEquals(1, Jdbc.execute(SWITCH_TO_LEGACY));
        InServer.await( // refresh every 30 s by default
                45_000,
                () -> registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command()
                        instanceof SendLegacyOrderCommand);
        assertInstanceOf(
                SendLegacyOrderCommand.class,
                registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command());
    }

    @Test
    void unknownClassNameIsAClearErrorNamingTheRowAndNotTheOldResolution() {
        Jdbc.execute("insert into CMDREG (STOREENT_ID, INTERFACENAME, CLASSNAME, TARGET) values (" + DEMO_STORE + ", '"
                + ORDER_MESSAGING + "', '" + WCS_IMPL + "', 'Local')");
        registry.reload();
        Jdbc.execute("update cmdreg set classname='com.example.NoSuchCmdImpl' where STOREENT_ID = " + DEMO_STORE);
        registry.reload();

        CommandResolutionException error = assertThrows(
                CommandResolutionException.class,
                () -> registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command());
        assertTrue(error.getMessage().contains("STOREENT_ID=" + DEMO_STORE), error.getMessage());
        assertTrue(error.getMessage().contains(ORDER_MESSAGING), error.getMessage());
        assertTrue(error.getMessage().contains("com.example.NoSuchCmdImpl"), error.getMessage());
        assertTrue(error.getMessage().contains(XML_IMPL), "lists the known implementations: " + error.getMessage());

        RegistryEntry entry = registry.entries().stream()
                .filter(e -> e.storeId() == DEMO_STORE && e.interfaceName().equals(ORDER_MESSAGING))
                .findFirst()
                .orElseThrow();
        assertFalse(entry.resolves());
        assertInstanceOf(
                SendXmlOrderCommand.class,
                registry.resolve(0, OrderMessagingCmd.class).command(),
                "the site row is unaffected");
    }

    @Test
    void missingRegistrationIsAClearError() {
        CommandResolutionException error = assertThrows(
                CommandResolutionException.class, () -> registry.resolve(DEMO_STORE, NotRegisteredCmd.class));
        assertTrue(error.getMessage().contains("com.example.NotRegisteredCmd"), error.getMessage());
    }

    @Test
    void ourOwnClassNamesResolveToo() {
        Jdbc.execute("update cmdreg set classname='" + SendLegacyOrderCommand.class.getName()
                + "' where interfacename='" + ORDER_MESSAGING + "'");
        registry.reload();
        assertInstanceOf(
                SendLegacyOrderCommand.class,
                registry.resolve(DEMO_STORE, OrderMessagingCmd.class).command());
    }

    @Test
    void orderStatusCommandIsRegisteredForTheSite() {
        assertInstanceOf(
                OrderStatusCmd.class,
                registry.resolve(DEMO_STORE, OrderStatusCmd.class).command());
        assertTrue(
                registry.entries().stream().allMatch(RegistryEntry::resolves),
                registry.entries().toString());
    }

    /** A command interface without any {@code CMDREG} row. */
    @CommandInterface("com.example.NotRegisteredCmd")
    interface NotRegisteredCmd {}
}
