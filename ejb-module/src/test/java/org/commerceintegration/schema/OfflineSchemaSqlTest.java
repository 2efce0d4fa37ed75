package org.commerceintegration.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.SequenceGenerator;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commerceintegration.audit.AuditRecord;
import org.commerceintegration.outbound.StoredMessage;
import org.commerceintegration.status.OrderItemStatusRecord;
import org.commerceintegration.status.OrderStatusRecord;
import org.commerceintegration.status.OrderUserDatum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The changelog renders, offline, for DB2, Oracle and PostgreSQL in both contexts, and what it creates is what
 * Commerce has there: every column of the tables the messages use has Commerce's type (spec 5.1, 6.1-6.4, 7.3, as
 * Commerce translates its DB2 types to Oracle), no identifier is longer than the database takes or is a reserved
 * word left unquoted, every sequence steps by its entity's allocation size, and the changesets released before
 * stay byte-for-byte what Derby databases recorded.
 *
 * <p>It also writes the scripts a DBA can review and run in place of the application ({@code
 * target/schema-sql/<database>.sql}, see docs/databases.md).
 */
class OfflineSchemaSqlTest {

    private static final Path WORK = Path.of("target", "schema-sql");

    private static final Map<String, OfflineSchemaSql.Rendering> RENDERINGS = new ConcurrentHashMap<>();

    /**
     * Commerce's DB2 column types (spec 5.1 CMDREG, 6.1 ORDSTAT, 6.2 ORDISTAT, 6.3 ORDERS, 6.4 ORDERITEMS, 7.3
     * MSGSTORE), in column order. OPTCOUNTER is Commerce 7+'s optimistic-lock column; ORDERITEMS FIELD1/FIELD2 are
     * not in the spec (G-14) and keep the module's assumption; MSGSTORE's CI_ columns are the module's own.
     */
    private static final Map<String, String> COMMERCE_DB2 =
            Map.of("ORDSTAT", """
            ORDSTAT_ID BIGINT, ORDERS_ID BIGINT, OSMORDER CHAR(30), OSCPCUR CHAR(10), OSPRTOT DECIMAL(20,5),
            OSTXTOT DECIMAL(20,5), OSSHTOT DECIMAL(20,5), OSSHTXTOT DECIMAL(20,5), OSSTATUS CHAR(32),
            OSPLTIME TIMESTAMP, OSRSTIME TIMESTAMP, OSSSTIME TIMESTAMP, OSASTIME TIMESTAMP, OSINVTIME TIMESTAMP,
            OSINVVAL DECIMAL(20,5), OSSCOND CHAR(2), OSSMFLAG CHAR(1), OSVERNBR INTEGER, OSUPDTIME TIMESTAMP,
            OSSEQNUM VARCHAR(64), OSCMNT VARCHAR(254), FIELD1 INTEGER, FIELD2 DECIMAL(20,5), FIELD3 VARCHAR(254),
            OSCODE CHAR(20), OPTCOUNTER SMALLINT""", "ORDISTAT", """
            ORDISTAT_ID BIGINT, ORDERS_ID BIGINT, OSMORDER CHAR(30), ORDERITMES_ID BIGINT, OIMITEM CHAR(30),
            PARTNUMBER CHAR(64), OIUOFM CHAR(20), OIQTREQUEST INTEGER, OIQTCONFIRM INTEGER, OIQTSHIP INTEGER,
            OICPCUR CHAR(10), OIUNPRC DECIMAL(20,5), OIPRTOT DECIMAL(20,5), OITXTOT DECIMAL(20,5),
            OISHTOT DECIMAL(20,5), OISHTXTOT DECIMAL(20,5), OISTATUS CHAR(32), OIPLTIME TIMESTAMP,
            OIRSTIME TIMESTAMP, OISSTIME TIMESTAMP, OIASTIME TIMESTAMP, OIINVTIME TIMESTAMP, OIINVVAL DECIMAL(20,5),
            OIVERNBR INTEGER, OISCOND CHAR(2), OICMNT VARCHAR(254), FIELD1 INTEGER, FIELD2 DECIMAL(20,5),
            FIELD3 VARCHAR(254), OPTCOUNTER SMALLINT""", "ORDERS", """
            ORDERS_ID BIGINT, ORMORDER CHAR(30), ORGENTITY_ID BIGINT, TOTALPRODUCT DECIMAL(20,5),
            TOTALTAX DECIMAL(20,5), TOTALSHIPPING DECIMAL(20,5), TOTALTAXSHIPPING DECIMAL(20,5),
            DESCRIPTION VARCHAR(254), STOREENT_ID INTEGER, CURRENCY CHAR(10), LOCKED CHAR(1), TIMEPLACED TIMESTAMP,
            LASTUPDATE TIMESTAMP, SEQUENCE DOUBLE, STATUS VARCHAR(3), MEMBER_ID BIGINT, FIELD1 INTEGER,
            ADDRESS_ID BIGINT, FIELD2 DECIMAL(20,5), PROVIDERORDERNUM INTEGER, SHIPASCOMPLETE CHAR(1),
            FIELD3 VARCHAR(254), TOTALADJUSTMENT DECIMAL(20,5), OPTCOUNTER SMALLINT""", "ORDERITEMS", """
            ORDERITEMS_ID BIGINT, STOREENT_ID INTEGER, ORDERS_ID BIGINT, TERMCOND_ID BIGINT, TRADING_ID BIGINT,
            ITEMSPC_ID BIGINT, CATENTRY_ID BIGINT, PARTNUM VARCHAR(64), SHIPMODE_ID INTEGER, FFMCENTER_ID INTEGER,
            MEMBER_ID BIGINT, ADDRESS_ID BIGINT, ALLOCADDRESS_ID BIGINT, PRICE DECIMAL(20,5), LINEITEMTYPE CHAR(4),
            STATUS CHAR(1), OUTPUTQ_ID BIGINT, INVENTORYSTATUS CHAR(4), CURRENCY CHAR(10), QUANTITY DOUBLE,
            TOTALPRODUCT DECIMAL(20,5), TAXAMOUNT DECIMAL(20,5), SHIPCHARGE DECIMAL(20,5),
            SHIPTAXAMOUNT DECIMAL(20,5), TOTALADJUSTMENT DECIMAL(20,5), TIMECREATED TIMESTAMP, LASTUPDATE TIMESTAMP,
            COMMENTS VARCHAR(254), FIELD1 INTEGER, FIELD2 VARCHAR(254), OPTCOUNTER SMALLINT""", "MSGSTORE", """
            MSGID BIGINT, MESSAGEINDEX INTEGER, MESSAGE BLOB(1000000), MSGDATECREATED TIMESTAMP, RETRIES INTEGER,
            EXPIRY TIMESTAMP, TRANSPORT_ID INTEGER, STOREENT_ID INTEGER, CI_MSGTYPE VARCHAR(64), CI_ORDERS_ID BIGINT,
            CI_CORRELID VARCHAR(128), CI_ATTEMPTS INTEGER, CI_NEXTATTEMPT TIMESTAMP, CI_LASTERROR VARCHAR(1000),
            OPTCOUNTER SMALLINT""", "CMDREG", """
            STOREENT_ID INTEGER, INTERFACENAME VARCHAR(254), DESCRIPTION VARCHAR(254), CLASSNAME VARCHAR(254),
            PROPERTIES VARCHAR(254), LASTUPDATE TIMESTAMP, TARGET CHAR(16), OPTCOUNTER SMALLINT""");

    /** Entities whose keys come from a sequence: the sequence must step by the generator's allocation size. */
    private static final List<Class<?>> SEQUENCED_ENTITIES = List.of(
            OrderStatusRecord.class,
            OrderItemStatusRecord.class,
            StoredMessage.class,
            OrderUserDatum.class,
            AuditRecord.class);

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\S+) \\((.*)\\)", Pattern.DOTALL);
    private static final Pattern COLUMN_TYPE_END =
            Pattern.compile(" (DEFAULT|NOT NULL|NULL|CONSTRAINT|PRIMARY KEY|GENERATED)\\b.*$", Pattern.DOTALL);
    private static final Pattern ALTER_TABLE =
            Pattern.compile("ALTER TABLE (\\S+) ADD CONSTRAINT (\\S+) (?:PRIMARY KEY|FOREIGN KEY) \\(([^)]*)\\)"
                    + "(?: REFERENCES (\\S+) \\(([^)]*)\\))?(?: ON DELETE CASCADE)?");
    private static final Pattern CREATE_INDEX =
            Pattern.compile("CREATE (?:UNIQUE )?INDEX (\\S+) ON (\\S+?)\\s*\\(([^)]*)\\)");
    private static final Pattern CREATE_SEQUENCE = Pattern.compile(
            "CREATE SEQUENCE\\s+(?:IF NOT EXISTS )?(\\S+)(?: AS \\w+)? START WITH (\\d+) INCREMENT BY (\\d+)");
    private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\S+) \\(([^)]*)\\) VALUES .*", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("COMMENT ON TABLE (\\S+) IS .*", Pattern.DOTALL);
    private static final Pattern DB2_REORG = Pattern.compile("CALL SYSPROC\\.ADMIN_CMD \\('REORG TABLE (\\S+)'\\)");

    static Stream<Arguments> databasesAndContexts() {
        return Stream.of(Dialect.values())
                .flatMap(dialect -> Stream.of("demo", "nodemo").map(context -> Arguments.of(dialect, context)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndContexts")
    void commerceTablesHaveCommerceTypes(Dialect dialect, String context) throws Exception {
        Map<String, Map<String, String>> tables = createdTables(statements(rendering(dialect, context)));
        for (Map.Entry<String, String> table : COMMERCE_DB2.entrySet()) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (String column : table.getValue().split(",\\s*(?![^(]*\\))")) {
                String[] nameAndType = column.strip().split(" ", 2);
                expected.put(nameAndType[0], dialect.commerceType(nameAndType[1]));
            }
            assertEquals(
                    expected,
                    tables.get(table.getKey()),
                    dialect + ": columns and types of " + table.getKey() + " as Commerce has them");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndContexts")
    void identifiersFitAndNoneIsAnUnquotedReservedWord(Dialect dialect, String context) throws Exception {
        List<String> identifiers = identifiers(statements(rendering(dialect, context)));
        assertTrue(identifiers.contains("ORDERITMES_ID"), "the identifiers were found: " + identifiers);
        List<String> problems = new ArrayList<>();
        for (String identifier : identifiers) {
            boolean quoted = identifier.startsWith("\"");
            String name = quoted ? identifier.substring(1, identifier.length() - 1) : identifier;
            if (name.length() > dialect.maxIdentifierLength) {
                problems.add(name + " is longer than " + dialect.maxIdentifierLength);
            }
            if (!quoted && dialect.reservedWords.contains(name.toUpperCase(Locale.ROOT))) {
                problems.add(name + " is a reserved word, unquoted");
            }
        }
        assertEquals(List.of(), problems, dialect.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndContexts")
    void sequencesStepByTheEntitiesAllocationSize(Dialect dialect, String context) throws Exception {
        Map<String, Integer> increments = new TreeMap<>();
        for (String statement : statements(rendering(dialect, context))) {
            Matcher sequence = CREATE_SEQUENCE.matcher(statement);
            if (sequence.matches()) {
                increments.merge(sequence.group(1), Integer.parseInt(sequence.group(3)), (a, b) -> -1);
            }
        }
        Map<String, Integer> allocations = new TreeMap<>();
        for (Class<?> entity : SEQUENCED_ENTITIES) {
            for (Field field : entity.getDeclaredFields()) {
                SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
                if (generator != null) {
                    allocations.put(generator.sequenceName(), generator.allocationSize());
                }
            }
        }
        assertEquals(allocations, increments, dialect + ": each sequence created once, stepping by allocationSize");
    }

    @Test
    void releasedChangesetsKeepTheChecksumsDerbyDatabasesRecorded() throws Exception {
        Map<String, String> released = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("released-derby-checksums.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] idAndSum = line.strip().split(" ");
                    released.put(idAndSum[0], idAndSum[1]);
                }
            }
        }
        Map<String, String> now = new TreeMap<>(
                OfflineSchemaSql.render("derby", "demo", false, WORK).checksums());
        now.keySet().retainAll(released.keySet());
        assertEquals(30, released.size());
        assertEquals(released, now, "checksums of released changesets on Derby");
    }

    /** The scripts docs/databases.md tells a DBA to review: the nodemo schema plus Liquibase's own tracking rows. */
    @Test
    void writesTheScriptsForDatabaseAdministrators() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            String sql = OfflineSchemaSql.render(dialect.shortName, "nodemo", true, WORK)
                    .sql();
            assertTrue(sql.contains("CREATE TABLE ORDSTAT"), dialect + " creates the tables");
            assertTrue(
                    sql.toUpperCase(Locale.ROOT).contains("INSERT INTO DATABASECHANGELOG "),
                    dialect + " records the changesets applied");
            Files.writeString(WORK.resolve(dialect.shortName + ".sql"), sql, StandardCharsets.UTF_8);
        }
    }

    private static String rendering(Dialect dialect, String context) throws Exception {
        String key = dialect.shortName + "/" + context;
        OfflineSchemaSql.Rendering rendering = RENDERINGS.get(key);
        if (rendering == null) {
            rendering = OfflineSchemaSql.render(dialect.shortName, context, false, WORK);
            RENDERINGS.put(key, rendering);
        }
        return rendering.sql();
    }

    /** The statements of a rendering, without Liquibase's comment lines. */
    private static List<String> statements(String sql) {
        StringBuilder text = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : text.toString().split(";\\s*\n")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    /** Table to (column to type, normalised: upper case, no blank after a comma), in column order. */
    private static Map<String, Map<String, String>> createdTables(List<String> statements) {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        for (String statement : statements) {
            Matcher create = CREATE_TABLE.matcher(statement);
            if (!create.matches()) {
                continue;
            }
            Map<String, String> columns = new LinkedHashMap<>();
            for (String element : topLevelElements(create.group(2))) {
                if (!element.startsWith("CONSTRAINT ")) {
                    String[] nameAndRest = element.split(" ", 2);
                    String type = COLUMN_TYPE_END.matcher(nameAndRest[1]).replaceAll("");
                    columns.put(unquoted(nameAndRest[0]), normalised(type));
                }
            }
            if (tables.put(unquoted(create.group(1)), columns) != null) {
                fail("table " + create.group(1) + " is created twice");
            }
        }
        return tables;
    }

    /** Every identifier the statements name (tables, columns, constraints, indexes, sequences), as written. */
    private static List<String> identifiers(List<String> statements) {
        List<String> identifiers = new ArrayList<>();
        for (String statement : statements) {
            Matcher create = CREATE_TABLE.matcher(statement);
            Matcher alter = ALTER_TABLE.matcher(statement);
            Matcher index = CREATE_INDEX.matcher(statement);
            Matcher sequence = CREATE_SEQUENCE.matcher(statement);
            Matcher insert = INSERT.matcher(statement);
            Matcher comment = COMMENT.matcher(statement);
            Matcher reorg = DB2_REORG.matcher(statement);
            if (create.matches()) {
                identifiers.add(create.group(1));
                for (String element : topLevelElements(create.group(2))) {
                    String[] words = element.split(" ");
                    identifiers.add(words[0].equals("CONSTRAINT") ? words[1] : words[0]);
                }
            } else if (alter.matches()) {
                identifiers.add(alter.group(1));
                identifiers.add(alter.group(2));
                identifiers.addAll(names(alter.group(3)));
                if (alter.group(4) != null) {
                    identifiers.add(alter.group(4));
                    identifiers.addAll(names(alter.group(5)));
                }
            } else if (index.matches()) {
                identifiers.add(index.group(1));
                identifiers.add(index.group(2));
                identifiers.addAll(names(index.group(3)));
            } else if (sequence.matches()) {
                identifiers.add(sequence.group(1));
            } else if (insert.matches()) {
                identifiers.add(insert.group(1));
                identifiers.addAll(names(insert.group(2)));
            } else if (comment.matches()) {
                identifiers.add(comment.group(1));
            } else if (reorg.matches()) {
                identifiers.add(reorg.group(1));
            } else {
                fail("a statement this test does not know, so cannot check its identifiers: " + statement);
            }
        }
        return identifiers;
    }

    private static List<String> topLevelElements(String body) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        elements.add(body.substring(start).strip());
        return elements;
    }

    private static List<String> names(String list) {
        return Stream.of(list.split(",")).map(String::strip).toList();
    }

    private static String unquoted(String identifier) {
        return identifier.replace("\"", "");
    }

    private static String normalised(String type) {
        return type.strip().toUpperCase(Locale.ROOT).replaceAll(",\\s+", ",").replaceAll("\\s+", " ");
    }

    /** The databases checked, what each takes as an identifier, and Commerce's type there for a DB2 type. */
    enum Dialect {
        /**
         * DB2 LUW: identifiers up to 128 bytes; the words of the ISO SQL standard IBM advises against as
         * identifiers (DB2 itself accepts most of them, e.g. Commerce's own STOREENT.TYPE and ORDERS.SEQUENCE).
         */
        DB2("db2", 128, Words.SQL_STANDARD) {
            @Override
            String commerceType(String db2Type) {
                return db2Type;
            }
        },
        /**
         * Oracle: 30 bytes (the limit before 12.2, and under COMPATIBLE below 12.2); its reserved words (SQL
         * Language Reference, "Oracle SQL Reserved Words"). Commerce's own translation of its types ("Data type
         * differences between database types"): BIGINT and DOUBLE are NUMBER, DECIMAL NUMBER(p,s), CHAR and VARCHAR
         * VARCHAR2, BLOB BLOB; Oracle's SMALLINT is NUMBER(38).
         */
        ORACLE("oracle", 30, Words.ORACLE) {
            @Override
            String commerceType(String db2Type) {
                return db2Type.replaceAll("^(BIGINT|DOUBLE)$", "NUMBER")
                        .replaceAll("^SMALLINT$", "NUMBER(38)")
                        .replaceAll("^DECIMAL\\(", "NUMBER(")
                        .replaceAll("^(VAR)?CHAR\\(", "VARCHAR2(")
                        .replaceAll("^BLOB\\(\\d+\\)$", "BLOB");
            }
        },
        /** PostgreSQL: 63 bytes (longer names are cut silently); its reserved key words (manual, appendix C). */
        POSTGRESQL("postgresql", 63, Words.POSTGRESQL) {
            @Override
            String commerceType(String db2Type) {
                return db2Type.replaceAll("^DOUBLE$", "DOUBLE PRECISION")
                        .replaceAll("^TIMESTAMP$", "TIMESTAMP WITHOUT TIME ZONE")
                        .replaceAll("^BLOB\\(\\d+\\)$", "BYTEA");
            }
        };

        final String shortName;
        final int maxIdentifierLength;
        final Set<String> reservedWords;

        Dialect(String shortName, int maxIdentifierLength, String reservedWords) {
            this.shortName = shortName;
            this.maxIdentifierLength = maxIdentifierLength;
            this.reservedWords = Set.of(reservedWords.strip().split("\\s+"));
        }

        abstract String commerceType(String db2Type);
    }

    /** Reserved word lists (upper case, blank separated). */
    private static final class Words {
        static final String ORACLE = """
                ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN COLUMN_VALUE COMMENT
                COMPRESS CONNECT CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE EXISTS
                FILE FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER
                INTERSECT INTO IS LEVEL LIKE LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NESTED_TABLE_ID NOAUDIT
                NOCOMPRESS NOT NOWAIT NULL NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PUBLIC RAW
                RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SELECT SESSION SET SHARE SIZE SMALLINT START SUCCESSFUL
                SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE USER VALIDATE VALUES VARCHAR VARCHAR2
                VIEW WHENEVER WHERE WITH
                """;
        static final String POSTGRESQL = """
                ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK COLLATE
                COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE
                CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC DISTINCT DO ELSE
                END EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER
                INTERSECT INTO IS ISNULL JOIN LATERAL LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT
                NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT
                SESSION_USER SIMILAR SOME SYMMETRIC SYSTEM_USER TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE
                USER USING VARIADIC VERBOSE WHEN WHERE WINDOW WITH
                """;
        static final String SQL_STANDARD = """
                ABS ALL ALLOCATE ALTER AND ANY ARE ARRAY AS ASENSITIVE ASYMMETRIC AT ATOMIC AUTHORIZATION AVG BEGIN
                BETWEEN BIGINT BINARY BLOB BOOLEAN BOTH BY CALL CALLED CARDINALITY CASCADED CASE CAST CEIL CEILING
                CHAR CHARACTER CHECK CLOB CLOSE COALESCE COLLATE COLLECT COLUMN COMMIT CONDITION CONNECT CONSTRAINT
                CONVERT CORR CORRESPONDING COUNT CREATE CROSS CUBE CURRENT CURRENT_DATE CURRENT_PATH CURRENT_ROLE
                CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR CYCLE DATE DAY DEALLOCATE DEC DECIMAL DECLARE
                DEFAULT DELETE DEREF DESCRIBE DETERMINISTIC DISCONNECT DISTINCT DOUBLE DROP DYNAMIC EACH ELEMENT ELSE
                END ESCAPE EVERY EXCEPT EXEC EXECUTE EXISTS EXP EXTERNAL EXTRACT FALSE FETCH FILTER FLOAT FLOOR FOR
                FOREIGN FREE FROM FULL FUNCTION FUSION GET GLOBAL GRANT GROUP GROUPING HAVING HOLD HOUR IDENTITY IN
                INDICATOR INNER INOUT INSENSITIVE INSERT INT INTEGER INTERSECT INTERSECTION INTERVAL INTO IS JOIN
                LANGUAGE LARGE LATERAL LEADING LEFT LIKE LN LOCAL LOCALTIME LOCALTIMESTAMP LOWER MATCH MAX MEMBER
                MERGE METHOD MIN MINUTE MOD MODIFIES MODULE MONTH MULTISET NATIONAL NATURAL NCHAR NCLOB NEW NO NONE
                NORMALIZE NOT NULL NULLIF NUMERIC OCTET_LENGTH OF OLD ON ONLY OPEN OR ORDER OUT OUTER OVER OVERLAPS
                OVERLAY PARAMETER PARTITION POSITION POWER PRECISION PREPARE PRIMARY PROCEDURE RANGE RANK READS REAL
                RECURSIVE REF REFERENCES REFERENCING RELEASE RESULT RETURN RETURNS REVOKE RIGHT ROLLBACK ROLLUP ROW
                ROW_NUMBER ROWS SAVEPOINT SCOPE SCROLL SEARCH SECOND SELECT SENSITIVE SESSION_USER SET SIMILAR
                SMALLINT SOME SPECIFIC SPECIFICTYPE SQL SQLEXCEPTION SQLSTATE SQLWARNING SQRT START STATIC SUBMULTISET
                SUBSTRING SUM SYMMETRIC SYSTEM SYSTEM_USER TABLE TABLESAMPLE THEN TIME TIMESTAMP TIMEZONE_HOUR
                TIMEZONE_MINUTE TO TRAILING TRANSLATE TRANSLATION TREAT TRIGGER TRIM TRUE UESCAPE UNION UNIQUE UNKNOWN
                UNNEST UPDATE UPPER USER USING VALUE VALUES VARCHAR VARYING WHEN WHENEVER WHERE WINDOW WITH WITHIN
                WITHOUT YEAR
                """;

        private Words() {}
    }
}
