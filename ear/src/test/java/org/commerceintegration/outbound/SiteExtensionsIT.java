package org.commerceintegration.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import javax.naming.InitialContext;
import org.commerceintegration.format.legacy.LayoutCatalog;
import org.commerceintegration.format.legacy.LegacyMessage;
import org.commerceintegration.format.legacy.LegacyMessageReader;
import org.commerceintegration.format.legacy.UserDatum;
import org.commerceintegration.format.xml.SafeXmlParser;
import org.commerceintegration.outbound.order.OrderProcess;
import org.commerceintegration.outbound.site.SiteOrderExtension;
import org.commerceintegration.outbound.site.SitePing;
import org.commerceintegration.outbound.site.SitePingComposer;
import org.commerceintegration.registry.CommandRegistry;
import org.commerceintegration.testsupport.Deployments;
import org.commerceintegration.testsupport.Jdbc;
import org.commerceintegration.testsupport.OutboundQueue;
import org.commerceintegration.testsupport.Outbox;
import org.commerceintegration.testsupport.XmlDocuments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A site extends the outbound side without touching the application: a library jar in the EAR's {@code lib/} adds a
 * whole new message type (a composer bean and its {@code @OutboundMessageType} entry) and an
 * {@link org.commerceintegration.outbound.order.OrderMessageExtension} that adds user data to both order formats.
 */
@ExtendWith(ArquillianExtension.class)
class SiteExtensionsIT {

    private static final String SWITCH_TO_LEGACY =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendWCSOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";
    private static final String SWITCH_TO_XML =
            "update cmdreg set classname='com.ibm.commerce.messaging.commands.SendXMLOrderCmdImpl' where interfacename='com.ibm.commerce.order.commands.OrderMessagingCmd'";
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        JavaArchive site = ShrinkWrap.create(JavaArchive.class, "site-outbound.jar")
                .addClasses(SitePing.class, SitePingComposer.class, SiteOrderExtension.class)
                .addAsManifestResource(
                        new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml");
        return Deployments.applicationWithLibrary(site, SiteExtensionsIT.class);
    }

    @EJB
    private OutboundMessages outbound;

    @EJB
    private OrderProcess orderProcess;

    @EJB
    private CommandRegistry registry;

    @Inject
    private MessageTypeRegistry messageTypes;

    @BeforeEach
    @AfterEach
    void clean() {
        Jdbc.execute(SWITCH_TO_XML);
        registry.reload();
        OutboundQueue.drain();
        Outbox.clear();
    }

    @Test
    void aNewMessageTypeFromTestCodeIsRegisteredAndSentThroughTheOutbox() throws Exception {
        MessageTypeInfo info = messageTypes.types().stream()
                .filter(t -> t.name().equals(SitePingComposer.MESSAGE_TYPE))
                .findFirst()
                .orElseThrow();
        assertEquals("Site ping (test)", info.description());
        assertEquals(SitePing.class.getName(), info.subjectType());
        assertTrue(messageTypes.isKnown("OrderCreateXMLFormat") && messageTypes.isKnown("OrderCreateFixFormat"));

        UserTransaction transaction = userTransaction();
        transaction.begin();
        QueuedMessage queued;
        try {
            queued = outbound.sendTransacted(SitePingComposer.MESSAGE_TYPE, new SitePing(10101, "hello"));
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        OutboundQueue.Received message = OutboundQueue.receive(ARRIVAL);
        assertNotNull(message);
        assertEquals("PING hello", message.text());
        assertEquals(SitePingComposer.MESSAGE_TYPE, message.messageType());
        assertEquals("10101", message.storeId());
        assertNull(message.ordersId(), "not about an order");
        assertEquals(queued.correlationId(), message.correlationId());
        assertNull(Outbox.row(queued.messageId()));
    }

    @Test
    void extensionUserDataAppearsInBothOrderFormats() throws Exception {
        orderProcess.process(10003L);
        OutboundQueue.Received xml = OutboundQueue.receive(ARRIVAL);
        assertNotNull(xml);
        SafeXmlParser.messages().validate(xml.body());
        Document document = XmlDocuments.parse(xml.body());
        NodeList userData = document.getElementsByTagName("UserData");
        assertEquals(1 + 3, userData.getLength(), "header and three items");
        Element header = (Element) userData.item(0);
        assertEquals("ReportPOHeader", header.getParentNode().getNodeName());
        Element channel = (Element) header.getElementsByTagName("UserDataField").item(0);
        assertEquals("CHANNEL", channel.getAttribute("name"));
        assertEquals("web & <mobile>", channel.getTextContent());
        assertEquals(
                "SKU-SOCK-BLK",
                ((Element) userData.item(1))
                        .getElementsByTagName("UserDataField")
                        .item(0)
                        .getTextContent());

        assertTrue(Jdbc.execute(SWITCH_TO_LEGACY) >= 1, "the site row, and any store rows, of OrderMessagingCmd");
        registry.reload();
        orderProcess.process(10003L);
        OutboundQueue.Received legacy = OutboundQueue.receive(ARRIVAL);
        assertNotNull(legacy);
        LegacyMessage message = new LegacyMessageReader(LayoutCatalog.load()).read(legacy.text());
        assertEquals(
                List.of(new UserDatum("CHANNEL", "web & <mobile>"), new UserDatum("ORDERREF", "10003")),
                message.headerUserData());
        assertEquals(
                List.of(new UserDatum("SKU", "SKU-SOCK-BLK")),
                message.items().get(0).userData());
        assertEquals(
                List.of(new UserDatum("SKU", "SKU-BAG-TOTE")),
                message.items().get(2).userData());
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }
}
