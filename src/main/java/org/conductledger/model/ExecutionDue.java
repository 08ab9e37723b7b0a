package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The execution limits of a decision (REFERENCE §1.2, 2018 条例 第四十一、四十二条): announce it to the
 * branch and the member and file it in the dossier within one month; report its execution within six.
 */
public final class ExecutionDue {

    public static final int ANNOUNCE_MONTHS = 1;
    public static final int FILE_MONTHS = 1;
    public static final int REPORT_MONTHS = 6;

    private ExecutionDue() {
    }

    public enum Step implements Labelled {
        ANNOUNCE, FILE, REPORT;

        @Override
        public String labelKey() {
            return Labelled.keyOf(this);
        }
    }

    /** One limit: due date, the date done (or null), and whether it was passed. */
    public record Item(Step step, LocalDate dueOn, LocalDate doneOn, boolean passed) {
    }

    public static List<Item> of(Outcome outcome, LocalDate today) {
        Outcome.Execution e = outcome.execution();
        return List.of(
                item(Step.ANNOUNCE, outcome.decidedOn().plusMonths(ANNOUNCE_MONTHS), e.announcedOn(), today),
                item(Step.FILE, outcome.decidedOn().plusMonths(FILE_MONTHS), e.filedOn(), today),
                item(Step.REPORT, outcome.decidedOn().plusMonths(REPORT_MONTHS), e.reportedOn(), today));
    }

    private static Item item(Step step, LocalDate due, LocalDate done, LocalDate today) {
        boolean passed = done == null ? today.isAfter(due) : done.isAfter(due);
        return new Item(step, due, done, passed);
    }
}
