package org.conductledger.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The settings kept in the ledger itself (shared by every user of it): the registers' reporting window, the
 * stage time limits ("15w", "90d", blank for none), the working calendar, the login policy, the impact-period
 * reminder horizon, how many daily backups are kept (in {@code backupDirectory}, fixed beside the ledger) and
 * the import row limit.
 */
public record LedgerSettings(int reportDays, Map<CaseStage, String> dueRules, Set<LocalDate> holidays,
                             Set<LocalDate> workdays, LoginPolicy loginPolicy, int impactHorizonDays, int backupKeep,
                             int importMaxRows, String backupDirectory) {

    public LedgerSettings {
        dueRules = Map.copyOf(dueRules);
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }
}
