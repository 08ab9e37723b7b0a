package org.conductledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Impact periods (REFERENCE §1.2) for every rung of the ladder, 留党察看's extension and restoration, combinations. */
class ImpactPeriodTest {

    static final LocalDate DECIDED = LocalDate.of(2026, 3, 15);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "EDU, ", "CHK, ",
            "JM_T, 2026-09-15", "JM_W, 2026-09-15",
            "ORG_TZ, ", "ORG_TJ, 2027-03-15", "ORG_ZLCZ, 2028-03-15", "ORG_MZ, 2028-03-15", "ORG_JZ, 2028-03-15",
            "DP1, 2027-03-15", "DP2, 2027-09-15", "DP3, 2028-03-15",
            "DP4_1, 2029-03-15", "DP4_2, 2030-03-15",
            "DP5, 2031-03-15",
            "PB_EXT, ", "PB_CANCEL, ", "XFER_JJ, ", "XFER_SF, "})
    void everyTypeEndsWhereTheRulesSay(String code, LocalDate expected) {
        Optional<ImpactPeriod.Term> term = ImpactPeriod.of(Ladder.outcome(DECIDED, code));
        assertEquals(Optional.ofNullable(expected), term.map(ImpactPeriod.Term::endsOn));
        assertEquals(Ladder.type(code).probation(), term.map(ImpactPeriod.Term::projected).orElse(false),
                "only 留党察看 is projected until restoration");
    }

    @Test
    void theLadderCoversEveryCodeOfTheReference() {
        assertEquals(19, Ladder.TYPES.size());
    }

    @Test
    void probationRunsTwoYearsFromRestorationAndAnExtensionAddsAYear() {
        assertEquals(LocalDate.of(2027, 3, 15), ImpactPeriod.probationEnds(Ladder.outcome(DECIDED, "DP4_1")).orElseThrow());
        Outcome extended = Ladder.outcome(DECIDED, true, null, OutcomeStatus.IN_FORCE, "DP4_1");
        assertEquals(LocalDate.of(2028, 3, 15), ImpactPeriod.probationEnds(extended).orElseThrow());
        assertEquals(new ImpactPeriod.Term(LocalDate.of(2030, 3, 15), true), ImpactPeriod.of(extended).orElseThrow());
        Outcome restored = Ladder.outcome(DECIDED, true, LocalDate.of(2028, 4, 2), OutcomeStatus.IN_FORCE, "DP4_1");
        assertEquals(new ImpactPeriod.Term(LocalDate.of(2030, 4, 2), false), ImpactPeriod.of(restored).orElseThrow());
        Outcome twoYears = Ladder.outcome(DECIDED, false, LocalDate.of(2028, 3, 20), OutcomeStatus.IN_FORCE, "DP4_2");
        assertEquals(LocalDate.of(2030, 3, 20), ImpactPeriod.of(twoYears).orElseThrow().endsOn());
    }

    @Test
    void combinedMeasuresTakeTheLatestEnd() {
        Outcome combined = Ladder.outcome(DECIDED, "EDU", "DP1", "ORG_MZ");
        assertEquals(LocalDate.of(2028, 3, 15), ImpactPeriod.of(combined).orElseThrow().endsOn());
        assertEquals(Optional.empty(), ImpactPeriod.of(Ladder.outcome(DECIDED, "EDU", "XFER_SF")));
    }

    @Test
    void runningUntilTheEndDateThenEnded() {
        Outcome warning = Ladder.outcome(DECIDED, "DP1");
        assertTrue(ImpactPeriod.running(warning, LocalDate.of(2027, 3, 14)));
        assertFalse(ImpactPeriod.ended(warning, LocalDate.of(2027, 3, 14)));
        assertFalse(ImpactPeriod.running(warning, LocalDate.of(2027, 3, 15)));
        assertTrue(ImpactPeriod.ended(warning, LocalDate.of(2027, 3, 15)));
        assertTrue(ImpactPeriod.endingWithin(warning, LocalDate.of(2027, 2, 13), 30));
        assertFalse(ImpactPeriod.endingWithin(warning, LocalDate.of(2027, 2, 12), 30));
        assertFalse(ImpactPeriod.running(Ladder.outcome(DECIDED, "EDU"), DECIDED), "no period, nothing running");
    }

    @Test
    void aChangedOrRevokedDecisionStopsCounting() {
        for (OutcomeStatus status : List.of(OutcomeStatus.CHANGED, OutcomeStatus.REVOKED)) {
            Outcome ended = Ladder.outcome(DECIDED, false, null, status, "DP2");
            assertFalse(ImpactPeriod.running(ended, LocalDate.of(2026, 4, 1)));
            assertFalse(ImpactPeriod.ended(ended, LocalDate.of(2030, 1, 1)));
            assertFalse(ImpactPeriod.endingWithin(ended, LocalDate.of(2027, 9, 1), 30));
        }
    }

    @Test
    void executionLimitsAreFlaggedWhenPassed() {
        Outcome o = Ladder.outcome(DECIDED, "DP1");
        List<ExecutionDue.Item> items = ExecutionDue.of(o, LocalDate.of(2026, 4, 16));
        assertEquals(LocalDate.of(2026, 4, 15), items.get(0).dueOn());
        assertTrue(items.get(0).passed(), "not announced a month after the decision");
        assertFalse(items.get(2).passed(), "the report is due in six months");
        Outcome done = new Outcome(1, 1, 1, "张三", o.types(), DECIDED, 1, "党委", null, DECIDED, null, null, false, null,
                new Outcome.Execution(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 20), null), OutcomeStatus.IN_FORCE,
                null, List.of(), 0);
        items = ExecutionDue.of(done, LocalDate.of(2026, 9, 16));
        assertFalse(items.get(0).passed());
        assertTrue(items.get(1).passed(), "filed late");
        assertTrue(items.get(2).passed(), "no execution report after six months");
    }
}
