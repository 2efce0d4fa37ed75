package org.commerceintegration.monitoring.listener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javax.management.MBeanServer;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Chooses the {@link ListenerControl} when first needed: Liberty's endpoint control MBean when it is registered in
 * this JVM, else one that reports "not supported".
 */
@ApplicationScoped
public class ListenerControls {

    private static final Logger LOG = Logger.getLogger(ListenerControls.class.getName());

    @Produces
    @ApplicationScoped
    ListenerControl control() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ListenerControl chosen = ServerEndpointListenerControl.available(server)
                ? new ServerEndpointListenerControl(server, applicationName())
                : new UnsupportedListenerControl();
        LOG.info(() -> "Inbound listeners are paused and resumed by " + chosen.mechanism());
        return chosen;
    }

    /** The name this EAR was deployed under (part of every message endpoint's name). */
    private static String applicationName() {
        try {
            return (String) new InitialContext().lookup("java:app/AppName");
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot tell the application's name", e);
        }
    }
}
