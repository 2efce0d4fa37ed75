package org.commerceintegration.monitoring.listener;

import java.util.List;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.commerceintegration.monitoring.ManagedQueue;

/**
 * Pauses and resumes listeners through Liberty's {@code WebSphere:feature=kernel,name=ServerEndpointControl} MBean
 * (what {@code server pause --target=...} uses), by {@code javax.management} only.
 *
 * <p>Targets are message endpoint names {@code <application>#<module>#<bean>} (e.g.
 * {@code commerce-integration#ejb-module.jar#SerialInboundListener}). They depend on the name the EAR was deployed
 * under, so they are not configured but looked up in the MBean's {@code listEndpoints()}: the endpoint whose bean is
 * the queue's listener.
 */
final class ServerEndpointListenerControl implements ListenerControl {

    static final String OBJECT_NAME = "WebSphere:feature=kernel,name=ServerEndpointControl";
    private static final String[] STRING_SIGNATURE = {String.class.getName()};

    private final MBeanServer server;
    private final ObjectName control;
    private final String applicationName;

    ServerEndpointListenerControl(MBeanServer server, String applicationName) {
        this.server = server;
        this.applicationName = applicationName;
        try {
            this.control = new ObjectName(OBJECT_NAME);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean available(MBeanServer server) {
        try {
            return server.isRegistered(new ObjectName(OBJECT_NAME));
        } catch (MalformedObjectNameException e) {
            return false;
        }
    }

    @Override
    public String mechanism() {
        return "server-endpoint-control";
    }

    @Override
    public ListenerStatus status(ManagedQueue queue) {
        String endpoint = null;
        try {
            endpoint = endpoint(queue);
            if (endpoint == null) {
                return ListenerStatus.unknown(
                        null, "no message endpoint of " + applicationName + " for " + queue.listenerBean());
            }
            if ((Boolean) invoke("isPaused", endpoint)) {
                return ListenerStatus.of("PAUSED", endpoint);
            }
            return ListenerStatus.of((Boolean) invoke("isActive", endpoint) ? "ACTIVE" : "INACTIVE", endpoint);
        } catch (JMException | RuntimeException e) {
            return ListenerStatus.unknown(endpoint, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void pause(ManagedQueue queue) {
        change("pause", queue);
    }

    @Override
    public void resume(ManagedQueue queue) {
        change("resume", queue);
    }

    private void change(String operation, ManagedQueue queue) {
        String endpoint;
        try {
            endpoint = endpoint(queue);
        } catch (JMException e) {
            throw new ListenerControlException("Cannot list message endpoints: " + e.getMessage(), false);
        }
        if (endpoint == null) {
            throw new ListenerControlException(
                    "No message endpoint of " + applicationName + " listens on " + queue.name() + " (bean "
                            + queue.listenerBean() + "); is the listener started?",
                    false);
        }
        try {
            invoke(operation, endpoint);
        } catch (JMException e) {
            throw new ListenerControlException("Cannot " + operation + " " + endpoint + ": " + e.getMessage(), false);
        }
    }

    /**
     * The endpoint whose bean listens on the queue, or null when none is registered (yet). The application part of
     * the name is whatever the server deployed the EAR as ({@code ear} under {@code liberty:run}, the
     * {@code application.xml} name elsewhere), which {@code java:app/AppName} does not reliably tell; so the bean
     * name decides, and this application's name only breaks a tie between two deployments holding the same bean.
     */
    String endpoint(ManagedQueue queue) throws JMException {
        if (!queue.hasListener()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> endpoints = (List<String>) server.invoke(control, "listEndpoints", null, null);
        String suffix = "#" + queue.listenerBean();
        List<String> candidates =
                endpoints.stream().filter(e -> e.endsWith(suffix)).toList();
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        return candidates.stream()
                .filter(e -> applicationName != null && e.startsWith(applicationName + "#"))
                .findFirst()
                .orElseThrow(() -> new ListenerControlException(
                        "Several applications have a listener " + queue.listenerBean() + ": " + candidates, false));
    }

    private Object invoke(String operation, String target) throws JMException {
        return server.invoke(control, operation, new Object[] {target}, STRING_SIGNATURE);
    }
}
