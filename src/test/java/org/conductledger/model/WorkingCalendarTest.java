package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "15 个工作日" skips weekends and holidays and counts 调休 working weekends. */
class WorkingCalendarTest {

    @Test
    void fifteenWorkingDaysAreThreeWeeksWithoutHolidays() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(LocalDate.of(2026, 12, 14), WorkingCalendar.WEEKDAYS.plusWorkingDays(monday, 15));
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDate.of(2026, 11, 30), WorkingCalendar.WEEKDAYS.plusWorkingDays(friday, 1), "Friday + 1 is Monday");
        assertEquals(monday, WorkingCalendar.WEEKDAYS.plusWorkingDays(monday, 0));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.WEEKDAYS.plusWorkingDays(monday, -1));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWeekendsCount() {
        // National Day week 2026 (example data): 1–7 October off, Sunday 27 September and Saturday 10 October worked.
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        WorkingCalendar calendar = new WorkingCalendar(holidays, Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "a 调休 Saturday is a working day");
        // From Wednesday 30 September: 8 Oct (Thu) is the 1st working day, 9 Oct the 2nd, Sat 10 Oct the 3rd.
        assertEquals(LocalDate.of(2026, 10, 10), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3));
        assertEquals(3, calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 1)));
    }
}
