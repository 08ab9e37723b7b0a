package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.MEMBER;
import static org.conductledger.store.jooq.Tables.ORGANISATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.conductledger.model.LedgerException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("embedded-only")   // the embedded H2 file; ServerDatabaseTest does the same on PostgreSQL
class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAndMigratesAFreshDatabaseAndGeneratedClassesMatchTheSchema() {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("sub/ledger.mv.db"));
        try (Database db = Database.open(location)) {
            assertTrue(Files.exists(location.file()));
            assertEquals(db.latestKnownVersion(), db.schemaVersion());
            // Every generated table and column must exist in the migrated database: select each one explicitly.
            db.dsl().select(ORGANISATION.fields()).from(ORGANISATION).fetch();
            db.dsl().select(MEMBER.fields()).from(MEMBER).fetch();
            for (var table : org.conductledger.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                db.dsl().select(table.fields()).from(table).limit(1).fetch();
            }
        }
    }

    @Test
    void reopeningDoesNotMigrateAgain() {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        try (Database db = Database.open(location)) {
            db.dsl().insertInto(ORGANISATION).set(ORGANISATION.CODE, "A").set(ORGANISATION.NAME, "甲")
                    .set(ORGANISATION.ORG_TYPE, "BRANCH").set(ORGANISATION.PATH, "/1/").execute();
        }
        try (Database db = Database.open(location)) {
            assertEquals(1, db.dsl().fetchCount(ORGANISATION));
        }
    }

    @Test
    void refusesAndDoesNotTouchADatabaseNewerThanTheApplication() throws Exception {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        Database.open(location).close();
        int historyRows;
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)");
            historyRows = countHistory(s);
        }
        byte[] before = Files.readAllBytes(location.file());
        LedgerException refused = assertThrows(LedgerException.class, () -> Database.open(location));
        assertEquals("error.db.newerThanApp", refused.messageKey());
        assertEquals("999", refused.args().get(1));
        // H2 may rewrite its header on a read-only open; what matters is that no migration ran: the history is unchanged.
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
             Statement s = c.createStatement()) {
            assertEquals(historyRows, countHistory(s));
        }
        assertTrue(before.length > 0);
    }

    private static int countHistory(Statement s) throws java.sql.SQLException {
        try (var rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void secondInstanceOnTheSameFileGetsAClearMessageAndTheFileSurvives() throws Exception {
        DatabaseLocation location = DatabaseLocation.of(dir.resolve("ledger"));
        try (Database db = Database.open(location)) {
            db.dsl().insertInto(ORGANISATION).set(ORGANISATION.CODE, "A").set(ORGANISATION.NAME, "甲")
                    .set(ORGANISATION.ORG_TYPE, "BRANCH").set(ORGANISATION.PATH, "/1/").execute();
        }
        try (SecondProcess holder = SecondProcess.holding(location)) {
            LedgerException refused = assertThrows(LedgerException.class, () -> SecondProcess.open(location));
            assertEquals("error.db.alreadyOpen", refused.messageKey());
        }
        try (Database db = Database.open(location)) {
            assertEquals(1, db.dsl().fetchCount(ORGANISATION));
        }
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path file = dir.resolve("junk.mv.db");
        Files.writeString(file, "这不是数据库".repeat(200));
        LedgerException refused = assertThrows(LedgerException.class, () -> Database.open(DatabaseLocation.of(file)));
        assertTrue(refused.messageKey().startsWith("error.db."), refused.messageKey());
    }
}
