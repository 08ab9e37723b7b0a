package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.conductledger.model.CaseStage;
import org.conductledger.model.LedgerException;
import org.conductledger.model.LedgerSettings;
import org.conductledger.model.LoginPolicy;
import org.conductledger.model.OrgType;
import org.conductledger.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 系统设置 dialog's ledger settings: saved through the services together, or not at all. */
class SettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void savesEveryChangedSettingThroughTheServices() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            SettingsService settings = ledger.services.settings();
            LedgerSettings before = settings.current();
            LedgerSettings next = new LedgerSettings(45, Map.of(CaseStage.PRELIMINARY, "60d"),
                    Set.of(LocalDate.of(2026, 10, 1)), Set.of(LocalDate.of(2026, 10, 11)), new LoginPolicy(4, 20, 10), 60, 14,
                    5000, before.backupDirectory());
            LedgerSettings saved = settings.save(next);
            assertEquals(next, saved);
            assertEquals(45, ledger.services.registers().deadline().days());
            assertEquals(10, ledger.services.users().idleMinutes());
            assertEquals("60d", ledger.services.cases().dueRules().get(CaseStage.PRELIMINARY).toString());
        }
    }

    @Test
    void settingsSavedByAnotherAdministratorMeanwhileAreNotOverwrittenSilently() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            SettingsService mine = ledger.services.settings();
            SettingsService theirs = ledger.loginAs("admin2", ledger.root(), Set.of(Role.SYSTEM_ADMIN)).settings();
            LedgerSettings opened = mine.current();
            LedgerSettings other = new LedgerSettings(20, opened.dueRules(), opened.holidays(), opened.workdays(),
                    opened.loginPolicy(), opened.impactHorizonDays(), opened.backupKeep(), opened.importMaxRows(), opened.backupDirectory());
            theirs.save(theirs.current(), other);
            LedgerSettings edited = new LedgerSettings(opened.reportDays(), opened.dueRules(), opened.holidays(), opened.workdays(),
                    opened.loginPolicy(), opened.impactHorizonDays(), 30, opened.importMaxRows(), opened.backupDirectory());

            org.conductledger.model.EditConflictException conflict = assertThrows(org.conductledger.model.EditConflictException.class,
                    () -> mine.save(opened, edited));
            Map<String, org.conductledger.model.EditConflictException.Field> differ = new java.util.HashMap<>();
            conflict.differences().forEach(f -> differ.put(f.name(), f));
            assertEquals(Set.of("deadlineDays", "backupKeep"), differ.keySet());
            assertEquals(20, differ.get("deadlineDays").saved());
            assertEquals(20, mine.current().reportDays(), "nothing overwritten");

            mine.save(null, edited);                    // the user chose 仍然保存我的修改
            assertEquals(30, mine.current().backupKeep());
        }
    }

    @Test
    void aRefusedValueLeavesTheOthersAsTheyWere() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            SettingsService settings = ledger.services.settings();
            LedgerSettings before = settings.current();
            LedgerSettings next = new LedgerSettings(45, before.dueRules(), before.holidays(), before.workdays(),
                    new LoginPolicy(4, 20, 10), before.impactHorizonDays(), 9999, before.importMaxRows(), before.backupDirectory());
            assertThrows(LedgerException.class, () -> settings.save(next));
            assertEquals(before, settings.current());
            assertEquals(before.loginPolicy(), ledger.services.users().policy());
        }
    }

    @Test
    void aBranchSecretaryReadsButMayNotChange() {
        try (TestLedger ledger = TestLedger.open(dir)) {
            var branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            SettingsService settings = ledger.loginAs("zb1", branch, Set.of(Role.BRANCH_SECRETARY)).settings();
            assertFalse(settings.mayChange());
            assertTrue(ledger.services.settings().mayChange());
            LedgerSettings current = settings.current();
            assertThrows(RuntimeException.class, () -> settings.save(new LedgerSettings(45, current.dueRules(),
                    current.holidays(), current.workdays(), current.loginPolicy(), current.impactHorizonDays(),
                    current.backupKeep(), current.importMaxRows(), current.backupDirectory())));
            assertEquals(30, ledger.services.registers().deadline().days());
        }
    }
}
