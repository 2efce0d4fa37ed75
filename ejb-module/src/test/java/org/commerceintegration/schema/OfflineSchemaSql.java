package org.commerceintegration.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Renders the application's changelog to SQL without a database, through Liquibase's offline connection, as
 * {@code liquibase updateSQL} would for an empty schema: what the schema tests check per database, and the script a
 * DBA can review and run instead of letting the application's user create tables.
 *
 * <p>Preconditions are not evaluated offline (a changeset whose table exists would be marked ran on a live
 * database): the SQL is that of a schema without any of the tables.
 */
final class OfflineSchemaSql {

    /** What one rendering gave: the SQL, and the checksum of every changeset rendered ("file::id" to "9:..."). */
    record Rendering(String sql, Map<String, String> checksums) {}

    private OfflineSchemaSql() {}

    /**
     * Renders the changelog for {@code dbms} (a Liquibase short name: db2, oracle, postgresql, derby) and the
     * Liquibase context ({@code demo} or {@code nodemo}, as {@link SchemaMigration} chooses); with {@code tracking},
     * the SQL also creates and fills Liquibase's own DATABASECHANGELOG tables, so that the application later finds
     * every changeset applied. {@code workDirectory} holds the offline connection's record of what it applied.
     */
    static Rendering render(String dbms, String context, boolean tracking, Path workDirectory) throws Exception {
        Files.createDirectories(workDirectory);
        // the offline connection reads and writes what it has "applied" in this CSV file: a fresh one per rendering
        Path history = Files.createTempFile(workDirectory, dbms + "-", ".csv");
        Files.delete(history);
        ClassLoaderResourceAccessor resources =
                new ClassLoaderResourceAccessor(OfflineSchemaSql.class.getClassLoader());
        String url = "offline:" + dbms + "?changeLogFile=" + history.toAbsolutePath() + "&outputLiquibaseSql="
                + (tracking ? "all" : "none");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> settings = Map.of(
                "liquibase.analytics.enabled",
                false,
                "liquibase.showBanner",
                false,
                Scope.Attr.resourceAccessor.name(),
                resources);
        try {
            Scope.child(settings, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new OfflineConnection(url, resources));
                try {
                    new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, SchemaMigration.CHANGELOG)
                            .addArgumentValue(UpdateSqlCommandStep.CONTEXTS_ARG, context)
                            .setOutput(out)
                            .execute();
                } finally {
                    database.close();
                }
            });
            return new Rendering(out.toString(StandardCharsets.UTF_8), checksums(history));
        } finally {
            Files.deleteIfExists(history);
        }
    }

    /** The MD5SUM column of the offline history, by "file::id" (a quoted CSV that Liquibase writes). */
    private static Map<String, String> checksums(Path history) throws IOException {
        Map<String, String> checksums = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\",\"", -1);
            // "ID","AUTHOR","FILENAME",...,"MD5SUM" is the seventh
            checksums.put(fields[2] + "::" + fields[0].substring(1), fields[6]);
        }
        return checksums;
    }
}
