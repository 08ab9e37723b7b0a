package org.conductledger.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days for the rules' time limits ("15 个工作日", REFERENCE §2): Monday to Friday, minus the
 * public holidays, plus the weekend days made working days (调休) — both lists editable, since the State
 * Council publishes them each year.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {

    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Set.of(), Set.of());

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day on which {@code workingDays} working days after {@code start} have passed (start not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code start} (exclusive) to {@code end} (inclusive); 0 when end is not after start. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
