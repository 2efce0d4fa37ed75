package org.commerceintegration.exposure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Runs {@link Exposure} first at start-up (the schema migration, and so every other start-up bean and an embedded
 * database's network server, which starts with the first connection, depend on it). With the shipped secrets on loopback
 * it says so once. An endpoint beyond loopback with a shipped secret stops the server: the application fails to
 * start, so nothing of it serves in the meantime, and the JVM exits, whose shutdown hook stops Liberty.
 */
@Singleton(name = "ExposureGuard")
@Startup
public class ExposureGuard {

    private static final Logger LOG = Logger.getLogger(ExposureGuard.class.getName());

    @Inject
    private Config config;

    private Exposure exposure;

    @PostConstruct
    void check() {
        exposure = Exposure.of(name -> config.getOptionalValue(name, String.class));
        String message = exposure.message();
        if (exposure.refused()) {
            LOG.severe(message);
            // The server's shutdown may still load the database driver (connection pool clean-up); an embedded
            // database must then not start its network server, which would listen with the shipped password while the
            // server goes down. Its include names the switch.
            Exposure.named(name -> config.getOptionalValue(name, String.class), Exposure.DATABASE_SERVER_SWITCH)
                    .ifPresent(property -> System.setProperty(property, "false"));
            // Not on this thread: the shutdown hook waits for the application start this thread is running.
            Thread exit = new Thread(() -> System.exit(1), "exposure-guard-exit");
            exit.setDaemon(true);
            exit.start();
            throw new IllegalStateException(message);
        }
        if (message != null) {
            LOG.warning(message);
        }
    }

    /** The judgement made at start-up. */
    public Exposure exposure() {
        return exposure;
    }
}
