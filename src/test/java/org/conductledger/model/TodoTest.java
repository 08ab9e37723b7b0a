package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 工作台's date rules: due within 7 days (today counts), overdue from the day after; the list's order. */
class TodoTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @ParameterizedTest
    @CsvSource(textBlock = """
            -1, OVERDUE,  true
             0, DUE_SOON, true
             1, DUE_SOON, true
             7, DUE_SOON, true
             8, LATER,    false
            -30, OVERDUE, true
            """)
    void dueWithinSevenDaysIsPressingAndAfterTheDateOverdue(int days, Urgency expected, boolean pressing) {
        Urgency u = Urgency.of(TODAY.plusDays(days), TODAY);
        assertEquals(expected, u);
        assertEquals(pressing, u.pressing());
        assertEquals(days, Urgency.daysLeft(TODAY.plusDays(days), TODAY));
    }

    @Test
    void anUndatedItemIsOpenAndNotPressing() {
        assertEquals(Urgency.OPEN, Urgency.of(null, TODAY));
        assertFalse(Urgency.OPEN.pressing());
    }

    @Test
    void overdueComeFirstThenByDateUndatedLast() {
        Todo soon = item(TodoKind.REGISTER, TODAY.plusDays(2));
        Todo later = item(TodoKind.IMPACT_ENDING, TODAY.plusDays(20));
        Todo longOverdue = item(TodoKind.CASE_STAGE, TODAY.minusDays(30));
        Todo overdue = item(TodoKind.EXECUTION, TODAY.minusDays(1));
        Todo round = item(TodoKind.ROUND, null);
        assertEquals(List.of(longOverdue, overdue, soon, later, round), Todo.sorted(List.of(round, later, soon, overdue, longOverdue)));
    }

    @Test
    void countsHaveEveryKind() {
        var counts = Todo.counts(List.of(item(TodoKind.REGISTER, TODAY), item(TodoKind.REGISTER, TODAY.plusDays(1))));
        assertEquals(2, counts.get(TodoKind.REGISTER));
        assertEquals(0, counts.get(TodoKind.ROUND));
        assertEquals(TodoKind.values().length, counts.size());
        assertTrue(counts.values().stream().allMatch(n -> n >= 0));
    }

    private static Todo item(TodoKind kind, LocalDate due) {
        return Todo.dated(kind, due, TODAY, "workbench.todo.round", List.of(), "", Todo.Target.of(Todo.TargetType.CASE, 1));
    }
}
