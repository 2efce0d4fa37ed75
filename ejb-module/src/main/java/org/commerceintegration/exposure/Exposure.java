package org.commerceintegration.exposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How far this server's endpoints reach, judged from its configuration: the HTTP/HTTPS endpoint's host (server
 * variable {@value #HTTP_HOST}), the embedded messaging engine's remote endpoint (server variable
 * {@value #MESSAGING_HOST}, defined only by the embedded engine's include; its clients do not authenticate) and, when
 * the Derby network server is started inside the server, Derby's host (system property {@value #DERBY_HOST}, Derby's
 * own default {@code localhost}).
 *
 * @param exposedHosts    configured listen hosts beyond loopback, as "setting=value"
 * @param shippedSecrets  secrets still holding their shipped value
 */
public record Exposure(List<String> exposedHosts, List<String> shippedSecrets) {

    static final String HTTP_HOST = "http.host";
    static final String MESSAGING_HOST = "messaging.host";
    static final String DERBY_HOST = "derby.drda.host";
    static final String DERBY_START = "derby.drda.startNetworkServer";

    /** Reads the settings through {@code settings} (server variables and system properties by name). */
    public static Exposure of(Function<String, Optional<String>> settings) {
        Map<String, String> hosts = new LinkedHashMap<>();
        hosts.put(HTTP_HOST, settings.apply(HTTP_HOST).orElse("localhost"));
        hosts.put(MESSAGING_HOST, settings.apply(MESSAGING_HOST).orElse("localhost"));
        if (settings.apply(DERBY_START).map(Boolean::parseBoolean).orElse(false)) {
            hosts.put(DERBY_HOST, settings.apply(DERBY_HOST).orElse("localhost"));
        }
        List<String> exposed = new ArrayList<>();
        hosts.forEach((name, host) -> {
            if (!ListenHost.isLoopback(host)) {
                exposed.add(name + "=" + host);
            }
        });
        return new Exposure(List.copyOf(exposed), List.copyOf(ShippedSecrets.unchanged(settings)));
    }

    /** An endpoint reaches beyond this machine while a secret anyone can read still opens it. */
    public boolean refused() {
        return !exposedHosts.isEmpty() && !shippedSecrets.isEmpty();
    }

    /** What the log says: why the server refuses, or that it stays on loopback, or nothing to say (null). */
    public String message() {
        if (refused()) {
            return "Refusing to start: " + String.join(", ", exposedHosts) + " listens beyond loopback while "
                    + "these secrets keep their shipped values: " + String.join(", ", shippedSecrets)
                    + ". Set each of them (server variables: bootstrap.properties, environment or "
                    + "configDropins/overrides; the embedded Derby's db.password on the Maven command, -Ddb.password=, "
                    + "which sets Derby's own user too), or keep every host on 127.0.0.1/::1.";
        }
        if (!shippedSecrets.isEmpty()) {
            return "Shipped default secrets in use (" + String.join(", ", shippedSecrets) + "): HTTP, HTTPS and "
                    + "the Derby network server listen on loopback only. Set every secret before listening beyond "
                    + "loopback (http.host, messaging.host, Derby's -Dderby.host=).";
        }
        return null;
    }
}
