package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.TestClock;
import org.conductledger.model.ValidationException;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.Database;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.SettingRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One automatic backup a day into backups/ beside the database, the newest N kept (N a setting). */
@Tag("embedded-only")   // backups of an embedded file; a server's backups are its own (ADR 0018)
class DailyBackupTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    final MovableClock clock = new MovableClock();
    BackupService daily;

    /** The test clock's today, moved on a day at a time. */
    static final class MovableClock extends Clock {
        Instant now = TestClock.CLOCK.instant().plus(Duration.ofHours(9));

        @Override public ZoneId getZone() { return TestClock.ZONE; }
        @Override public Clock withZone(ZoneId zone) { throw new UnsupportedOperationException(); }
        @Override public Instant instant() { return now; }

        void nextDay() {
            now = now.plus(Duration.ofDays(1));
        }
    }

    @BeforeEach
    void open() {
        ledger = TestLedger.open(dir);
        Database database = ledger.services.database();
        daily = new BackupService(ledger.services.session(), new AuditLog(database, new AuditRepository(database),
                ledger.services.ledger().keyFile(), clock, TestLedger.HOST), ledger.services.ledger(),
                new OrganisationRepository(database, "/"), new SettingRepository(database), clock);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private List<String> names() {
        return daily.dailyBackups().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void writesOneBackupPerDayBesideTheDatabase() {
        Optional<Path> first = daily.dailyIfDue();
        assertTrue(first.isPresent());
        assertEquals(dir.resolve("backups").resolve("ledger-2026-11-23.clbak"), first.get());
        assertTrue(Files.isRegularFile(first.get()));
        assertEquals(Optional.empty(), daily.dailyIfDue(), "today's backup exists: nothing more today");
        clock.nextDay();
        assertEquals("ledger-2026-11-24.clbak", daily.dailyIfDue().orElseThrow().getFileName().toString());
        assertEquals(List.of("ledger-2026-11-23.clbak", "ledger-2026-11-24.clbak"), names());
    }

    @Test
    void keepsOnlyTheNewestNAndTheSettingIsAudited() throws Exception {
        assertEquals(BackupService.DEFAULT_KEEP, daily.keep());
        ledger.services.backups().setKeep(3);
        assertEquals(3, daily.keep());
        Files.createDirectories(daily.directory());
        Path chosen = daily.directory().resolve("chosen-by-hand.clbak");
        Files.writeString(chosen, "a file the user put there");
        for (int day = 0; day < 6; day++) {
            daily.dailyIfDue();
            clock.nextDay();
        }
        assertEquals(List.of("ledger-2026-11-26.clbak", "ledger-2026-11-27.clbak", "ledger-2026-11-28.clbak"), names());
        assertTrue(Files.exists(chosen), "only the daily backups are pruned");

        var log = ledger.loginAs("shenji", ledger.root(), java.util.Set.of(org.conductledger.model.Role.AUDITOR)).audit()
                .find(new AuditFilter(null, null, null, null, null, 1000));
        assertTrue(log.stream().anyMatch(e -> e.action().equals("SETTINGS_CHANGE") && e.summary().equals("backupKeep: 14 → 3")));
        assertEquals(6, log.stream().filter(e -> e.action().equals("BACKUP") && e.summary().contains("automatic: true")).count());
    }

    @Test
    void theNumberKeptIsBetweenOneAndAYear() {
        assertThrows(ValidationException.class, () -> ledger.services.backups().setKeep(0));
        assertThrows(ValidationException.class, () -> ledger.services.backups().setKeep(366));
    }

    @Test
    void aDailyBackupRestoresLikeAnyOther() {
        Path file = daily.dailyIfDue().orElseThrow();
        assertEquals("测试党委", ledger.services.restore().inspect(file).organisation());
    }
}
