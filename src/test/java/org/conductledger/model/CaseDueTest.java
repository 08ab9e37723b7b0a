package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseDueTest {

    private static CaseFile caseAt(CaseStage stage, LocalDate since, boolean realName) {
        return new CaseFile(1, 1, "支部", LocalDate.of(2026, 11, 2), CaseSource.PETITION, null, realName, "x", stage, since,
                null, List.of(), List.of(), List.of(), false, 0);
    }

    private static final Map<CaseStage, DueRule> RULES = Map.of(CaseStage.REGISTERED, DueRule.parse("5w"),
            CaseStage.INVESTIGATION, DueRule.parse("90d"));

    @Test
    void aRealNameReportOwesItsAcceptanceNoticeWithinFifteenWorkingDays() {
        CaseFile c = caseAt(CaseStage.REGISTERED, LocalDate.of(2026, 11, 2), true);   // a Monday
        List<CaseDue.Item> due = CaseDue.of(c, null, null, RULES, WorkingCalendar.WEEKDAYS, LocalDate.of(2026, 11, 10));
        assertEquals(List.of(new CaseDue.Item(CaseDue.Kind.STAGE, LocalDate.of(2026, 11, 9), true),
                new CaseDue.Item(CaseDue.Kind.ACCEPTANCE_NOTICE, LocalDate.of(2026, 11, 23), false)), due);
        assertEquals(1, CaseDue.of(c, LocalDate.of(2026, 11, 5), null, RULES, WorkingCalendar.WEEKDAYS,
                LocalDate.of(2026, 11, 10)).size(), "a notice given is no longer due");
    }

    @Test
    void anAnonymousReportOwesNoNoticesAndAClosedRealNameOneOwesTheResult() {
        CaseFile anonymous = caseAt(CaseStage.INVESTIGATION, LocalDate.of(2026, 9, 1), false);
        assertEquals(List.of(new CaseDue.Item(CaseDue.Kind.STAGE, LocalDate.of(2026, 11, 30), false)),
                CaseDue.of(anonymous, null, null, RULES, WorkingCalendar.WEEKDAYS, LocalDate.of(2026, 11, 23)));
        CaseFile closed = caseAt(CaseStage.CLOSED, LocalDate.of(2026, 11, 20), true);
        List<CaseDue.Item> due = CaseDue.of(closed, LocalDate.of(2026, 11, 3), null, RULES, WorkingCalendar.WEEKDAYS,
                LocalDate.of(2026, 11, 23));
        assertEquals(List.of(new CaseDue.Item(CaseDue.Kind.RESULT_NOTICE, LocalDate.of(2026, 12, 11), false)), due);
    }

    @Test
    void rulesAreWrittenAsWorkingOrCalendarDays() {
        assertEquals(new DueRule(15, true), DueRule.parse(" 15w"));
        assertEquals("90d", DueRule.parse("90d").toString());
        assertThrows(LedgerException.class, () -> DueRule.parse("15"));
        assertThrows(LedgerException.class, () -> DueRule.parse("-3w"));
        assertTrue(DueRule.parse("1d").dueOn(LocalDate.of(2026, 11, 27), WorkingCalendar.WEEKDAYS).equals(LocalDate.of(2026, 11, 28)));
    }
}
