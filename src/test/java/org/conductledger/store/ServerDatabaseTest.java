package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.conductledger.model.LedgerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** The same db-migrations/ on a real PostgreSQL server: created, migrated once, generated classes match, newer refused. */
@EnabledIfSystemProperty(named = TestServers.PROPERTY, matches = ".+")
class ServerDatabaseTest {

    @TempDir
    Path dir;
    DatabaseLocation location;

    @BeforeEach
    void freshDatabase() {
        location = TestServers.freshDatabase(dir);
    }

    @AfterEach
    void drop() {
        TestServers.drop(location);
    }

    @Test
    void migratesAnEmptyServerDatabaseAndEveryGeneratedTableAndColumnExists() {
        try (Database db = Database.open(location)) {
            assertTrue(db.isServer());
            assertEquals(db.latestKnownVersion(), db.schemaVersion());
            for (var table : org.conductledger.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                db.dsl().select(table.fields()).from(table).limit(1).fetch();
            }
            assertEquals(org.jooq.SQLDialect.POSTGRES, Database.dialect(location));
        }
    }

    @Test
    void reopeningDoesNotMigrateAgainAndKeepsTheRows() {
        try (Database db = Database.open(location)) {
            db.dsl().insertInto(ORGANISATION).set(ORGANISATION.CODE, "A").set(ORGANISATION.NAME, "甲")
                    .set(ORGANISATION.ORG_TYPE, "BRANCH").set(ORGANISATION.PATH, "/1/").execute();
        }
        try (Database db = Database.open(location)) {
            assertEquals(1, db.dsl().fetchCount(ORGANISATION));
        }
    }

    @Test
    void refusesAServerDatabaseNewerThanTheApplicationAndRunsNoMigration() throws Exception {
        Database.open(location).close();
        try (Connection c = DriverManager.getConnection(location.server().url()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 1,"
                    + " 'x', 1, TRUE)");
        }
        LedgerException refused = assertThrows(LedgerException.class, () -> Database.open(location));
        assertEquals("error.db.newerThanApp", refused.messageKey());
        assertEquals("999", refused.args().get(1));
        assertFalse(refused.args().get(0).toString().contains("/tmp"), "names the server, not a file");
    }

    @Test
    void aWrongServiceAccountIsRefusedInWords() {
        DatabaseLocation wrong = DatabaseLocation.server(new ServerConnection(location.server().url().replaceAll("user=[^&]*", "user=nobody"),
                "nobody", new char[0]));
        LedgerException refused = assertThrows(LedgerException.class, () -> Database.open(wrong));
        assertTrue(refused.messageKey().startsWith("error.server."), refused.messageKey());
    }
}
