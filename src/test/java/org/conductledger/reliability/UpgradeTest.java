package org.conductledger.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.service.AuditVerification;
import org.conductledger.service.TestLedger;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.RawSql;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades (issue 13): every ledger kept under {@code src/test/resources/upgrade/} — one per released schema version,
 * from V10 on, made by {@link UpgradeFixtures} — is opened by the current application on a copy, migrated, and must
 * hold exactly what it held, with an intact audit chain. A ledger from a newer version is refused untouched.
 */
@Tag("embedded-only")
class UpgradeTest {

    @TempDir
    Path dir;

    static List<Path> fixtures() throws Exception {
        try (Stream<Path> list = Files.list(UpgradeFixtures.ROOT)) {
            return list.filter(p -> Files.isRegularFile(p.resolve("ledger.mv.db"))).sorted().toList();
        }
    }

    private DatabaseLocation copy(Path fixture) throws Exception {
        Path target = Files.createDirectories(dir.resolve(fixture.getFileName()));
        for (String name : List.of("ledger.mv.db", "ledger.keys")) {
            Files.copy(fixture.resolve(name), target.resolve(name));
        }
        return DatabaseLocation.of(target.resolve("ledger"));
    }

    @Test
    void everyKeptLedgerOpensMigratedWithItsContentAndChainIntact() throws Exception {
        List<Path> fixtures = fixtures();
        assertFalse(fixtures.isEmpty(), "at least the V10 ledger is kept");
        for (Path fixture : fixtures) {
            Properties expected = new Properties();
            try (InputStream in = Files.newInputStream(fixture.resolve("expected.properties"))) {
                expected.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            DatabaseLocation location = copy(fixture);
            TreeMap<String, String> content;
            try (Services admin = CrashSafetyTest.login(location, "admin");
                 Services handler = CrashSafetyTest.login(location, "cb")) {
                assertEquals(admin.database().latestKnownVersion(), admin.database().schemaVersion(),
                        fixture + " is migrated to the current schema");
                content = UpgradeFixtures.content(admin, handler);
            }
            for (var entry : content.entrySet()) {
                assertEquals(expected.getProperty(entry.getKey()), entry.getValue(), fixture + ": " + entry.getKey());
            }
            try (Services auditor = CrashSafetyTest.login(location, "sj")) {
                AuditVerification verification = auditor.audit().verify();
                assertTrue(verification.intact(), fixture + ": " + verification);
            }
            System.out.println("RELIABILITY upgrade from=" + expected.getProperty("schemaVersion") + " failures=0");
        }
    }

    @Test
    void aLedgerFromANewerVersionIsRefusedAtLoginAndNotMigrated() throws Exception {
        DatabaseLocation location = copy(fixtures().get(fixtures().size() - 1));
        try (Connection c = RawSql.connect(location, "admin", TestLedger.PASSWORD); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)");
        }
        Path keys = location.base().resolveSibling("ledger.keys");
        Properties keysBefore = properties(keys);
        long auditBefore = auditEntries(location);
        long historyBefore = history(location);
        LedgerException refused = assertThrows(LedgerException.class, () -> CrashSafetyTest.login(location, "admin"));
        assertEquals("error.db.newerThanApp", refused.messageKey());
        // The unlock rewrites the key file (its date comment changes); its content — wraps, counters, anchor — must not.
        assertEquals(keysBefore, properties(keys), "the key file's content is untouched");
        assertEquals(historyBefore, history(location), "nothing was migrated");
        assertEquals(auditBefore, auditEntries(location), "no audit entry was appended (no login, no migration)");
    }

    private static Properties properties(Path file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    private static long history(DatabaseLocation location) throws Exception {
        try (Connection c = RawSql.connect(location, "admin", TestLedger.PASSWORD); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long auditEntries(DatabaseLocation location) throws Exception {
        try (Connection c = RawSql.connect(location, "admin", TestLedger.PASSWORD); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            r.next();
            return r.getLong(1);
        }
    }
}
