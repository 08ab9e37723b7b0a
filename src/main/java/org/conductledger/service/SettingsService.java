package org.conductledger.service;

import java.util.EnumMap;
import java.util.Map;
import org.conductledger.model.CaseStage;
import org.conductledger.model.LedgerSettings;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.Transactions;

/**
 * The 系统设置 dialog's ledger settings: read together, and saved together through the same service methods the
 * {@code policy} command calls (each checks the permission and writes its own audit entry), all in one
 * transaction so that a refused value leaves every other setting as it was.
 */
public final class SettingsService {

    private final Session session;
    private final Transactions transactions;
    private final RegisterService registers;
    private final CaseService cases;
    private final UserService users;
    private final OutcomeService outcomes;
    private final BackupService backups;
    private final ImportService imports;

    public SettingsService(Session session, Transactions transactions, RegisterService registers, CaseService cases,
                           UserService users, OutcomeService outcomes, BackupService backups, ImportService imports) {
        this.session = session;
        this.transactions = transactions;
        this.registers = registers;
        this.cases = cases;
        this.users = users;
        this.outcomes = outcomes;
        this.backups = backups;
        this.imports = imports;
    }

    /** Whether this user may change the ledger settings (the system administrator); others see them read-only. */
    public boolean mayChange() {
        return session.has(Permission.SETTINGS_MANAGE);
    }

    public LedgerSettings current() {
        Map<CaseStage, String> rules = new EnumMap<>(CaseStage.class);
        cases.dueRules().forEach((stage, rule) -> rules.put(stage, rule.toString()));
        var calendar = cases.calendar();
        return new LedgerSettings(registers.deadline().days(), rules, calendar.holidays(), calendar.extraWorkingDays(),
                users.policy(), outcomes.horizonDays(), backups.keep(), imports.maxRows(), backups.onServer() ? "" : backups.directory().toString());
    }

    /** Writes what differs from the stored settings, in one transaction; returns the settings as stored. */
    public LedgerSettings save(LedgerSettings next) {
        return save(null, next);
    }

    /**
     * Like {@link #save(LedgerSettings)}, but refused with "已被他人修改" (both versions) when the stored
     * settings are no longer those this user opened ({@code opened}; null: save over whatever is stored).
     */
    public LedgerSettings save(LedgerSettings opened, LedgerSettings next) {
        transactions.run(() -> {
            LedgerSettings before = current();
            if (opened != null && !before.equals(opened)) {
                throw new org.conductledger.model.EditConflictException("settings", 0, 0, null, fields(before), fields(next));
            }
            if (next.reportDays() != before.reportDays()) {
                registers.setDeadline(next.reportDays());
            }
            for (CaseStage stage : CaseStage.values()) {
                String was = before.dueRules().getOrDefault(stage, "");
                String now = next.dueRules().getOrDefault(stage, "").strip();
                if (!was.equals(now)) {
                    cases.setDueRule(stage, now);
                }
            }
            if (!next.holidays().equals(before.holidays()) || !next.workdays().equals(before.workdays())) {
                cases.setCalendar(next.holidays(), next.workdays());
            }
            if (!next.loginPolicy().equals(before.loginPolicy())) {
                users.setPolicy(next.loginPolicy());
            }
            if (next.impactHorizonDays() != before.impactHorizonDays()) {
                outcomes.setHorizonDays(next.impactHorizonDays());
            }
            if (next.backupKeep() != before.backupKeep()) {
                backups.setKeep(next.backupKeep());
            }
            if (next.importMaxRows() != before.importMaxRows()) {
                imports.setMaxRows(next.importMaxRows());
            }
        });
        // After the commit: the login policy reaches the key file only then.
        return current();
    }

    /** The settings as named fields, for the two versions of a conflict. */
    private static Map<String, Object> fields(LedgerSettings s) {
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("deadlineDays", s.reportDays());
        f.put("dueRules", new java.util.TreeMap<>(s.dueRules()).toString());
        f.put("holidays", new java.util.TreeSet<>(s.holidays()));
        f.put("workdays", new java.util.TreeSet<>(s.workdays()));
        f.put("maxFailures", s.loginPolicy().maxFailures());
        f.put("lockMinutes", s.loginPolicy().lockMinutes());
        f.put("idleMinutes", s.loginPolicy().idleMinutes());
        f.put("impactHorizonDays", s.impactHorizonDays());
        f.put("backupKeep", s.backupKeep());
        f.put("importMaxRows", s.importMaxRows());
        return f;
    }
}
