package org.commerceintegration.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The command registry: which implementation runs a command interface for a store, read from {@code CMDREG}.
 *
 * <p>A row for the store wins over the site row ({@code STOREENT_ID = 0}). {@code CLASSNAME} picks a bean through its
 * {@link CommandImplementation} names or its own class name. Since the table has one row per store and interface,
 * exactly one implementation is active for each.
 *
 * <p>Unlike Commerce, which caches the registry until restart, the table is re-read every
 * {@code commerce.registry.refreshSeconds} (default 30) so that the {@code UPDATE CMDREG ...} statements
 * administrators already use take effect without a restart; {@link #reload()} applies them at once.
 * Reads are lock-free: a reload swaps in a new immutable snapshot.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CommandRegistry {

    /** {@code STOREENT_ID} of the site-wide default rows. */
    public static final int SITE_STORE_ID = 0;

    private static final Logger LOG = Logger.getLogger(CommandRegistry.class.getName());

    @PersistenceContext(unitName = "commerce")
    private EntityManager entityManager;

    @Inject
    private BeanManager beanManager;

    @Resource
    private TimerService timerService;

    @Inject
    @ConfigProperty(name = "commerce.registry.refreshSeconds", defaultValue = "30")
    private long refreshSeconds;

    private CommandCatalog catalog;
    private volatile Map<CommandRegistrationKey, Resolution> resolutions = Map.of();

    @PostConstruct
    void start() {
        catalog = CommandCatalog.discover(beanManager);
        reload();
        if (refreshSeconds > 0) {
            long interval = Duration.ofSeconds(refreshSeconds).toMillis();
            timerService.createIntervalTimer(interval, interval, new TimerConfig("CMDREG refresh", false));
        }
        LOG.info(() -> "Command registry ready: " + resolutions.size() + " CMDREG rows, refresh every " + refreshSeconds
                + " s; implementations " + catalog.interfaceNames());
    }

    /**
     * The implementation registered for the store, or else for the site, with the {@code CLASSNAME} that chose it.
     *
     * @param commandType a Java command interface annotated with {@link CommandInterface}
     * @throws CommandResolutionException when neither row exists, or the row that applies names an unknown class
     */
    public <T> ResolvedCommand<T> resolve(int storeId, Class<T> commandType) {
        String interfaceName = interfaceNameOf(commandType);
        Resolution resolution = applying(storeId, interfaceName)
                .orElseThrow(() -> new CommandResolutionException("No CMDREG row for INTERFACENAME '" + interfaceName
                        + "' with STOREENT_ID " + storeId + " or " + SITE_STORE_ID + " (site)"));
        return new ResolvedCommand<>(
                commandType.cast(resolution.implementation()), resolution.row().getClassName());
    }

    /** Re-reads {@code CMDREG} now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reload() {
        List<CommandRegistration> rows = entityManager
                .createQuery("SELECT r FROM CommandRegistration r", CommandRegistration.class)
                .getResultList();
        Map<CommandRegistrationKey, Resolution> next = new HashMap<>();
        for (CommandRegistration row : rows) {
            next.put(new CommandRegistrationKey(row.getStoreId(), row.getInterfaceName()), resolutionOf(row));
        }
        Map<CommandRegistrationKey, Resolution> previous = resolutions;
        resolutions = Map.copyOf(next);
        next.forEach((key, resolution) -> {
            Resolution before = previous.get(key);
            if (before == null || !before.sameAs(resolution)) {
                if (resolution.error() != null) {
                    LOG.severe(resolution.error());
                } else {
                    LOG.info(() -> "CMDREG " + describe(resolution.row()) + " -> "
                            + resolution.row().getClassName());
                }
            }
        });
    }

    /** Every row with its state and the implementations that may be chosen for it, by interface then store. */
    public List<RegistryEntry> entries() {
        List<RegistryEntry> entries = new ArrayList<>();
        for (Resolution resolution : resolutions.values()) {
            entries.add(entryOf(resolution));
        }
        entries.sort(Comparator.comparing(RegistryEntry::interfaceName).thenComparing(RegistryEntry::storeId));
        return entries;
    }

    /** The implementations an administrator may choose for the interface. */
    public java.util.Set<String> choices(String interfaceName) {
        return catalog.offeredNames(interfaceName);
    }

    /** The command interfaces that have implementations in this application. */
    public java.util.Set<String> interfaceNames() {
        return catalog.interfaceNames();
    }

    /**
     * What runs the interface for the store: the store's own row if it has one, else the site row.
     *
     * @return the applying entry, or empty when neither row exists
     */
    public java.util.Optional<RegistryEntry> effective(int storeId, String interfaceName) {
        return applying(storeId, interfaceName).map(this::entryOf);
    }

    /** The store's own row if it has one, else the site row: the one place the fallback is decided. */
    private java.util.Optional<Resolution> applying(int storeId, String interfaceName) {
        Map<CommandRegistrationKey, Resolution> current = resolutions;
        Resolution resolution = current.get(new CommandRegistrationKey(storeId, interfaceName));
        if (resolution == null) {
            resolution = current.get(new CommandRegistrationKey(SITE_STORE_ID, interfaceName));
        }
        return java.util.Optional.ofNullable(resolution);
    }

    /** Whether {@code className} names an implementation of the interface (an alias or a bean class name). */
    public boolean isKnownImplementation(String interfaceName, String className) {
        return catalog.implementation(interfaceName, className).isPresent();
    }

    private RegistryEntry entryOf(Resolution resolution) {
        CommandRegistration row = resolution.row();
        return new RegistryEntry(
                row.getStoreId(),
                row.getInterfaceName(),
                row.getClassName(),
                row.getDescription(),
                row.getLastUpdate(),
                resolution.error(),
                catalog.offeredNames(row.getInterfaceName()));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        try {
            reload();
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the rows read last stay valid until it answers again.
            LOG.log(Level.WARNING, "CMDREG refresh failed; keeping the registrations read last", e);
        }
    }

    static String interfaceNameOf(Class<?> commandType) {
        CommandInterface commandInterface = commandType.getAnnotation(CommandInterface.class);
        if (commandInterface == null) {
            throw new IllegalArgumentException(commandType.getName() + " is not annotated @CommandInterface");
        }
        return commandInterface.value();
    }

    private Resolution resolutionOf(CommandRegistration row) {
        String className = row.getClassName() == null ? "" : row.getClassName().trim();
        return catalog.implementation(row.getInterfaceName(), className)
                .map(bean -> new Resolution(row, bean, null))
                .orElseGet(() -> new Resolution(
                        row,
                        null,
                        "CMDREG " + describe(row) + " names CLASSNAME '" + className
                                + "', which is not a known implementation; known: "
                                + catalog.offeredNames(row.getInterfaceName())));
    }

    private static String describe(CommandRegistration row) {
        return "row (STOREENT_ID=" + row.getStoreId() + ", INTERFACENAME='" + row.getInterfaceName() + "')";
    }

    /** A row and what it resolves to: a bean, or the error that explains why not. */
    private record Resolution(CommandRegistration row, Object bean, String error) {

        Object implementation() {
            if (error != null) {
                throw new CommandResolutionException(error);
            }
            return bean;
        }

        boolean sameAs(Resolution other) {
            return java.util.Objects.equals(row.getClassName(), other.row.getClassName());
        }
    }
}
