package org.commerceintegration.monitoring.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.commerceintegration.monitoring.ManagedQueue;
import org.commerceintegration.monitoring.QueueRole;
import org.junit.jupiter.api.Test;

/**
 * Finds the listener's message endpoint whatever name the server deployed the application under, against a real
 * {@link MBeanServer} holding an MBean with the operations of Liberty's {@code ServerEndpointControl}.
 */
class ServerEndpointListenerControlTest {

    private static final ManagedQueue PARALLEL =
            new ManagedQueue("JMSParallelInboundQueue", QueueRole.PARALLEL_INBOUND, null, "ParallelInboundListener");

    /** The operations of Liberty's endpoint control MBean that the control uses. */
    public interface EndpointControl {
        List<String> listEndpoints();

        boolean isPaused(String target);

        boolean isActive(String target);

        void pause(String target);

        void resume(String target);
    }

    /** Endpoints by name, as Liberty registers them; paused ones remembered. */
    public static final class Endpoints implements EndpointControl {
        final List<String> names = new ArrayList<>();
        final Set<String> paused = new HashSet<>();

        Endpoints(String... names) {
            this.names.addAll(List.of(names));
        }

        @Override
        public List<String> listEndpoints() {
            return names;
        }

        @Override
        public boolean isPaused(String target) {
            return paused.contains(target);
        }

        @Override
        public boolean isActive(String target) {
            return names.contains(target) && !paused.contains(target);
        }

        @Override
        public void pause(String target) {
            paused.add(target);
        }

        @Override
        public void resume(String target) {
            paused.remove(target);
        }
    }

    private static ServerEndpointListenerControl control(Endpoints endpoints, String appName) throws Exception {
        MBeanServer server = MBeanServerFactory.newMBeanServer();
        server.registerMBean(
                new StandardMBean(endpoints, EndpointControl.class),
                new ObjectName(ServerEndpointListenerControl.OBJECT_NAME));
        assertTrue(ServerEndpointListenerControl.available(server));
        return new ServerEndpointListenerControl(server, appName);
    }

    @Test
    void findsTheEndpointWhenTheServerNamedTheApplicationDifferently() throws Exception {
        // liberty:run installs the EAR as application "ear", while java:app/AppName says commerce-integration
        Endpoints endpoints =
                new Endpoints("ear#ejb-module.jar#SerialInboundListener", "ear#ejb-module.jar#ParallelInboundListener");
        ServerEndpointListenerControl control = control(endpoints, "commerce-integration");

        assertEquals("ACTIVE", control.status(PARALLEL).state());
        control.pause(PARALLEL);
        assertEquals(Set.of("ear#ejb-module.jar#ParallelInboundListener"), endpoints.paused);
        assertEquals("PAUSED", control.status(PARALLEL).state());
        control.resume(PARALLEL);
        assertEquals("ACTIVE", control.status(PARALLEL).state());
    }

    @Test
    void prefersThisApplicationWhenTwoDeploymentsHoldTheBean() throws Exception {
        Endpoints endpoints = new Endpoints(
                "other#ejb-module.jar#ParallelInboundListener",
                "commerce-integration#ejb-module.jar#ParallelInboundListener");
        control(endpoints, "commerce-integration").pause(PARALLEL);
        assertEquals(Set.of("commerce-integration#ejb-module.jar#ParallelInboundListener"), endpoints.paused);
    }

    @Test
    void refusesToGuessBetweenTwoForeignDeployments() throws Exception {
        Endpoints endpoints =
                new Endpoints("a#ejb-module.jar#ParallelInboundListener", "b#ejb-module.jar#ParallelInboundListener");
        ServerEndpointListenerControl control = control(endpoints, "commerce-integration");
        assertThrows(ListenerControlException.class, () -> control.pause(PARALLEL));
        assertEquals("UNKNOWN", control.status(PARALLEL).state());
        assertTrue(endpoints.paused.isEmpty());
    }

    @Test
    void noEndpointYetIsUnknownAndCannotBePaused() throws Exception {
        ServerEndpointListenerControl control =
                control(new Endpoints("ear#ejb-module.jar#SerialInboundListener"), "ear");
        assertEquals("UNKNOWN", control.status(PARALLEL).state());
        assertThrows(ListenerControlException.class, () -> control.pause(PARALLEL));
    }
}
