package org.commerceintegration.exposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How far this server's endpoints reach, judged from its configuration: the HTTP/HTTPS endpoint's host (server
 * variable {@value #HTTP_HOST}) and the hosts of the endpoints a provider include opens inside this server, which the
 * include names rather than this class: {@value #MESSAGING_HOST_SETTING} holds the name of the setting with the
 * messaging endpoint's host (the embedded engine's include names its remote endpoint, whose clients do not
 * authenticate), {@value #DATABASE_HOST_SETTING} the one with an in-server database network server's host (the
 * embedded database's include names its network server). A setting that is not set counts as {@code localhost}.
 *
 * @param exposedHosts    configured listen hosts beyond loopback, as "setting=value"
 * @param shippedSecrets  secrets still holding their shipped value
 */
public record Exposure(List<String> exposedHosts, List<String> shippedSecrets) {

    static final String HTTP_HOST = "http.host";
    static final String MESSAGING_HOST_SETTING = "commerce.exposure.messagingHostSetting";
    static final String DATABASE_HOST_SETTING = "commerce.exposure.databaseHostSetting";
    /**
     * The system property that switches an in-server database network server off, named by the database include: set
     * to false when the server refuses to start, so that the shutdown's pool clean-up does not start that server.
     */
    static final String DATABASE_SERVER_SWITCH = "commerce.exposure.databaseServerSwitch";

    /** Reads the settings through {@code settings} (server variables and system properties by name). */
    public static Exposure of(Function<String, Optional<String>> settings) {
        Map<String, String> hosts = new LinkedHashMap<>();
        hosts.put(HTTP_HOST, settings.apply(HTTP_HOST).orElse("localhost"));
        for (String slot : List.of(MESSAGING_HOST_SETTING, DATABASE_HOST_SETTING)) {
            named(settings, slot)
                    .ifPresent(name -> hosts.put(name, settings.apply(name).orElse("localhost")));
        }
        List<String> exposed = new ArrayList<>();
        hosts.forEach((name, host) -> {
            if (!ListenHost.isLoopback(host)) {
                exposed.add(name + "=" + host);
            }
        });
        return new Exposure(List.copyOf(exposed), List.copyOf(ShippedSecrets.unchanged(settings)));
    }

    /** The setting a provider include names in {@code slot}, if it names one. */
    static Optional<String> named(Function<String, Optional<String>> settings, String slot) {
        return settings.apply(slot).map(String::strip).filter(name -> !name.isEmpty());
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
                    + "configDropins/overrides; the embedded database's db.password on the Maven command, "
                    + "-Ddb.password=, which sets the database's own user too), or keep every host on 127.0.0.1/::1.";
        }
        if (!shippedSecrets.isEmpty()) {
            return "Shipped default secrets in use (" + String.join(", ", shippedSecrets) + "): HTTP, HTTPS and "
                    + "the endpoints of the embedded providers listen on loopback only. Set every secret before "
                    + "listening beyond loopback (http.host, messaging.host, the embedded database's host: see README).";
        }
        return null;
    }
}
