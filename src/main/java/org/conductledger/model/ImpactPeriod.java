package org.conductledger.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Impact-period arithmetic (REFERENCE §1.2). A measure's period runs from the decision date
 * (2022 规定 第五条: a sanction takes effect the day it is decided); 留党察看's runs for two years from the
 * restoration of the member's rights, projected from the end of the term until restoration is recorded.
 * Combined measures: the latest end applies. The period has run on its end date.
 */
public final class ImpactPeriod {

    /** The extension of a one-year 留党察看 term (at most two years in all). */
    public static final int PROBATION_EXTENSION_MONTHS = 12;

    private ImpactPeriod() {
    }

    /**
     * When the impact period ends.
     *
     * @param endsOn    the first day it no longer runs
     * @param projected the date assumes restoration at the end of the 留党察看 term (not yet recorded)
     */
    public record Term(LocalDate endsOn, boolean projected) {
    }

    public static Optional<Term> of(Outcome outcome) {
        Term latest = null;
        for (OutcomeType type : outcome.types()) {
            Term term = of(type, outcome);
            if (term != null && (latest == null || term.endsOn().isAfter(latest.endsOn()))) {
                latest = term;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Term of(OutcomeType type, Outcome outcome) {
        if (type.impactMonths() == null) {
            return null;
        }
        if (type.probation()) {
            if (outcome.restoredOn() != null) {
                return new Term(outcome.restoredOn().plusMonths(type.impactMonths()), false);
            }
            return new Term(probationEnds(type, outcome).plusMonths(type.impactMonths()), true);
        }
        return new Term(outcome.decidedOn().plusMonths(type.impactMonths()), false);
    }

    /** When the 留党察看 term ends (with its extension), if the decision has one. */
    public static Optional<LocalDate> probationEnds(Outcome outcome) {
        return outcome.probation().map(type -> probationEnds(type, outcome));
    }

    private static LocalDate probationEnds(OutcomeType type, Outcome outcome) {
        int months = type.probationMonths() + (outcome.probationExtended() ? PROBATION_EXTENSION_MONTHS : 0);
        return outcome.decidedOn().plusMonths(months);
    }

    /** Whether the period is still running on {@code today}: a changed or revoked decision no longer counts. */
    public static boolean running(Outcome outcome, LocalDate today) {
        return outcome.counts() && of(outcome).map(t -> today.isBefore(t.endsOn())).orElse(false);
    }

    /** Whether the period has run (届满): counted, with an end on or before {@code today}. */
    public static boolean ended(Outcome outcome, LocalDate today) {
        return outcome.counts() && of(outcome).map(t -> !today.isBefore(t.endsOn())).orElse(false);
    }

    /** Running and ending within {@code days} of {@code today} (即将届满). */
    public static boolean endingWithin(Outcome outcome, LocalDate today, int days) {
        return running(outcome, today) && of(outcome).map(t -> !t.endsOn().isAfter(today.plusDays(days))).orElse(false);
    }
}
