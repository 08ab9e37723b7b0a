package org.conductledger.model;

import java.time.LocalDate;

/**
 * The period a register (台账) covers: both ends inclusive; a null {@code from} means "since the ledger
 * began", a null {@code to} means "up to the day it is printed" (resolved by {@link #endOr(LocalDate)}).
 */
public record RegisterPeriod(LocalDate from, LocalDate to) {

    public RegisterPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new LedgerException("error.report.periodReversed", from, to);
        }
    }

    /** The last day of the period: {@code to}, or {@code today} when it is open-ended. */
    public LocalDate endOr(LocalDate today) {
        return to != null ? to : today;
    }

    /** Whether {@code date} lies in the period (open ends accept everything on that side). */
    public boolean contains(LocalDate date) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The period in plain words for the print log, e.g. {@code 2026-01-01..2026-12-31} or {@code ..2026-12-31}. */
    public String summary() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}
