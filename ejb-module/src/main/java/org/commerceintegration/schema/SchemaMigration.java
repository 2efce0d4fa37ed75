package org.commerceintegration.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database schema up to date at start-up, before anything else touches it: applies the versioned
 * Liquibase changelog {@value #CHANGELOG}, creating only what is missing, so it is idempotent and safe beside an
 * existing Commerce schema. Liquibase's lock table keeps two servers starting together from migrating twice.
 *
 * <p>The demo store and orders are loaded only when {@code commerce.demoData} is true (the embedded default).
 *
 * <p>It also publishes the persistence context of unit {@code commerce} as {@value #APPLICATION_PERSISTENCE_CONTEXT},
 * because a persistence unit of an EJB module is otherwise visible to that module only.
 */
@PersistenceContext(name = SchemaMigration.APPLICATION_PERSISTENCE_CONTEXT, unitName = "commerce")
@Singleton(name = "SchemaMigration")
@Startup
// first the check that no endpoint, an embedded database's network server included, is exposed with a shipped secret
@DependsOn("ExposureGuard")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    /** JNDI name of the application's persistence context for other modules. */
    public static final String APPLICATION_PERSISTENCE_CONTEXT = "java:app/jpa/commerce";

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/commerce")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "commerce.demoData", defaultValue = "false")
    private boolean demoData;

    @PostConstruct
    void migrate() {
        // Liquibase runs changesets of every context when none is given, so "no demo" must be a context of its own.
        String contexts = demoData ? "demo" : "nodemo";
        Map<String, Object> settings = Map.of(
                "liquibase.analytics.enabled",
                false,
                "liquibase.showBanner",
                false,
                Scope.Attr.classLoader.name(),
                SchemaMigration.class.getClassLoader());
        try {
            Scope.child(settings, () -> update(contexts));
        } catch (Exception e) {
            throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
        }
    }

    private void update(String contexts) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(
                    CHANGELOG, new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()), database);
            liquibase.update(new Contexts(contexts), new LabelExpression());
            // Liquibase leaves auto-commit off; settle its last statements so the server's local transaction
            // containment does not roll them back (and fail start-up) when the connection is closed.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            LOG.info(() -> "Database schema is current (" + database.getDatabaseProductName() + ", contexts " + contexts
                    + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database to migrate its schema", e);
        }
    }
}
