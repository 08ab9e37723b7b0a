package org.conductledger.model;

import java.time.LocalDate;

/** A time limit: so many working days ("15w") or calendar days ("90d") from a start date. */
public record DueRule(int amount, boolean workingDays) {

    /** "15w" or "90d"; throws on anything else. */
    public static DueRule parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}[wd]")) {
            throw new LedgerException("error.case.dueRule", text);
        }
        String t = text.strip();
        return new DueRule(Integer.parseInt(t.substring(0, t.length() - 1)), t.endsWith("w"));
    }

    public LocalDate dueOn(LocalDate start, WorkingCalendar calendar) {
        return workingDays ? calendar.plusWorkingDays(start, amount) : start.plusDays(amount);
    }

    @Override
    public String toString() {
        return amount + (workingDays ? "w" : "d");
    }
}
