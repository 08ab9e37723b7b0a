package org.conductledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a case owes and by when: the current stage's time limit, and — for real-name reports — the
 * acceptance notice (15 working days from receipt) and the result notice (15 working days from closure).
 */
public final class CaseDue {

    /** One thing due. */
    public record Item(Kind kind, LocalDate dueOn, boolean overdue) {
    }

    public enum Kind implements Labelled {
        STAGE, ACCEPTANCE_NOTICE, RESULT_NOTICE;

        @Override
        public String labelKey() {
            return "case.due." + name();
        }
    }

    public static final DueRule NOTICE = new DueRule(15, true);

    private CaseDue() {
    }

    /** Everything still due for {@code c} on {@code today}, the earliest first. */
    public static List<Item> of(CaseFile c, LocalDate acceptanceNoticeOn, LocalDate resultNoticeOn,
                                Map<CaseStage, DueRule> rules, WorkingCalendar calendar, LocalDate today) {
        List<Item> due = new ArrayList<>();
        DueRule rule = rules.get(c.stage());
        if (rule != null && !c.stage().isTerminal()) {
            LocalDate on = rule.dueOn(c.stageSince(), calendar);
            due.add(new Item(Kind.STAGE, on, today.isAfter(on)));
        }
        if (c.realName() && acceptanceNoticeOn == null) {
            LocalDate on = NOTICE.dueOn(c.receivedOn(), calendar);
            due.add(new Item(Kind.ACCEPTANCE_NOTICE, on, today.isAfter(on)));
        }
        if (c.realName() && c.stage() == CaseStage.CLOSED && resultNoticeOn == null) {
            LocalDate on = NOTICE.dueOn(c.stageSince(), calendar);
            due.add(new Item(Kind.RESULT_NOTICE, on, today.isAfter(on)));
        }
        due.sort(Comparator.comparing(Item::dueOn));
        return due;
    }
}
