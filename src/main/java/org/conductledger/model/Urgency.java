package org.conductledger.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How pressing a to-do is on a given day: past its date, due within {@link #SOON_DAYS} days (today counts), or
 * later. Items without a date (an open 年审 round) are {@link #OPEN}.
 */
public enum Urgency implements Labelled {
    OVERDUE, DUE_SOON, LATER, OPEN;

    /** The reporting window of the registers issue: due within 7 days shows on the 工作台. */
    public static final int SOON_DAYS = 7;

    public static Urgency of(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return OPEN;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(SOON_DAYS)) ? LATER : DUE_SOON;
    }

    /** Overdue or due within the window: what the 工作台 lists for dated items with no other horizon. */
    public boolean pressing() {
        return this == OVERDUE || this == DUE_SOON;
    }

    /** Days from {@code today} to {@code dueOn}: negative when overdue. */
    public static long daysLeft(LocalDate dueOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    @Override
    public String labelKey() {
        return "workbench.urgency." + name();
    }
}
