package org.conductledger.model;

import java.time.LocalDate;

/**
 * The window from opening an account (or setting up a group) to reporting or filing it. 30 days by
 * default — local practice (REFERENCE §6, 苏州 units' filing notices), not a national rule — and
 * configurable per ledger.
 */
public record ReportingDeadline(int days) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    public ReportingDeadline {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new LedgerException("error.register.deadlineRange", MIN_DAYS, MAX_DAYS);
        }
    }

    public LocalDate dueOn(LocalDate openedOn) {
        return openedOn.plusDays(days);
    }

    public Timeliness assess(LocalDate openedOn, LocalDate reportedOn, LocalDate today) {
        LocalDate due = dueOn(openedOn);
        if (reportedOn != null) {
            return reportedOn.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
        }
        return today.isAfter(due) ? Timeliness.OVERDUE : Timeliness.PENDING;
    }
}
