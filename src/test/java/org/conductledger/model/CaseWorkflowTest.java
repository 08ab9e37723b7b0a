package org.conductledger.model;

import static org.conductledger.model.CaseStage.CLOSED;
import static org.conductledger.model.CaseStage.DECISION;
import static org.conductledger.model.CaseStage.DISMISSED;
import static org.conductledger.model.CaseStage.EXECUTION;
import static org.conductledger.model.CaseStage.FILED;
import static org.conductledger.model.CaseStage.INVESTIGATION;
import static org.conductledger.model.CaseStage.ON_HOLD;
import static org.conductledger.model.CaseStage.PRELIMINARY;
import static org.conductledger.model.CaseStage.REGISTERED;
import static org.conductledger.model.CaseStage.REVIEW;
import static org.conductledger.model.CaseStage.TALK_INQUIRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every legal and illegal move of the case state machine, and each guard. */
class CaseWorkflowTest {

    /** The moves the rules allow (REFERENCE §2), written out independently of the implementation. */
    private static final Map<CaseStage, Set<CaseStage>> LEGAL = Map.ofEntries(
            Map.entry(REGISTERED, EnumSet.of(TALK_INQUIRY, PRELIMINARY, ON_HOLD, DISMISSED)),
            Map.entry(TALK_INQUIRY, EnumSet.of(PRELIMINARY, FILED, DISMISSED)),
            Map.entry(PRELIMINARY, EnumSet.of(FILED, ON_HOLD, DISMISSED)),
            Map.entry(ON_HOLD, EnumSet.of(TALK_INQUIRY, PRELIMINARY, DISMISSED)),
            Map.entry(DISMISSED, EnumSet.of(CLOSED)),
            Map.entry(FILED, EnumSet.of(INVESTIGATION)),
            Map.entry(INVESTIGATION, EnumSet.of(REVIEW)),
            Map.entry(REVIEW, EnumSet.of(DECISION, INVESTIGATION)),
            Map.entry(DECISION, EnumSet.of(EXECUTION)),
            Map.entry(EXECUTION, EnumSet.of(CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(CaseStage.class)));

    private static final MemberStatement STATEMENT = new MemberStatement(LocalDate.of(2026, 11, 2), List.of("王干事", "李干事"),
            "对事实无异议", false, null);
    /** Facts under which every guard is satisfied. */
    private static final CaseFacts ALL_MET = new CaseFacts(STATEMENT, true, "经核实，反映问题不属实", true);

    @Test
    void everyLegalMoveIsAllowedAndEveryOtherRefusedWithAReason() {
        int legal = 0;
        int illegal = 0;
        for (CaseStage from : CaseStage.values()) {
            assertEquals(LEGAL.get(from), CaseWorkflow.next(from), from.name());
            for (CaseStage to : CaseStage.values()) {
                List<Problem> problems = CaseWorkflow.check(from, to, ALL_MET);
                if (LEGAL.get(from).contains(to)) {
                    assertEquals(List.of(), problems, from + " → " + to);
                    legal++;
                } else {
                    assertEquals(1, problems.size(), from + " → " + to);
                    String key = problems.get(0).messageKey();
                    assertTrue(key.equals("validation.case.illegalMove") || key.equals("validation.case.closed"), key);
                    assertEquals(List.of(from, to), problems.get(0).args());
                    illegal++;
                }
            }
        }
        assertEquals(20, legal);
        assertEquals(121 - 20, illegal);
    }

    @Test
    void aClosedCaseMovesNowhere() {
        assertTrue(CaseWorkflow.next(CLOSED).isEmpty());
        assertEquals("validation.case.closed", CaseWorkflow.check(CLOSED, REGISTERED, ALL_MET).get(0).messageKey());
    }

    @Test
    void onlyTalkInquiryOrPreliminaryVerificationLeadToFiling() {
        for (CaseStage from : CaseStage.values()) {
            assertEquals(from == TALK_INQUIRY || from == PRELIMINARY, CaseWorkflow.isLegal(from, FILED), from.name());
        }
    }

    private static List<String> keys(CaseStage from, CaseStage to, CaseFacts facts) {
        return CaseWorkflow.check(from, to, facts).stream().map(Problem::messageKey).toList();
    }

    @Test
    void dismissingNeedsAReason() {
        assertEquals(List.of("validation.case.dismissalReason"),
                keys(REGISTERED, DISMISSED, new CaseFacts(null, false, " ", false)));
        assertEquals(List.of(), keys(REGISTERED, DISMISSED, new CaseFacts(null, false, "举报内容无法核实", false)));
    }

    @Test
    void aCaseOnHoldReopensOnlyOnNewEvidence() {
        CaseFacts noNews = new CaseFacts(null, false, null, false);
        assertEquals(List.of("validation.case.reopenNeedsEvidence"), keys(ON_HOLD, PRELIMINARY, noNews));
        assertEquals(List.of("validation.case.reopenNeedsEvidence"), keys(ON_HOLD, TALK_INQUIRY, noNews));
        assertEquals(List.of(), keys(ON_HOLD, PRELIMINARY, new CaseFacts(null, false, null, true)));
        assertEquals(List.of(), keys(ON_HOLD, DISMISSED, new CaseFacts(null, false, "时过境迁，无法核实", false)),
                "closing a held case needs a reason, not new evidence");
    }

    @Test
    void noDecisionWithoutTheMembersStatementOrANotedRefusal() {
        assertEquals(List.of("validation.case.statementMissing"), keys(REVIEW, DECISION, new CaseFacts(null, false, null, false)));
        MemberStatement oneStaff = new MemberStatement(LocalDate.of(2026, 11, 2), List.of("王干事"), "无异议", false, null);
        assertEquals(List.of("validation.case.statementStaff"), keys(REVIEW, DECISION, new CaseFacts(oneStaff, false, null, false)));
        MemberStatement silent = new MemberStatement(LocalDate.of(2026, 11, 2), List.of("王干事", "李干事"), " ", false, null);
        assertEquals(List.of("validation.case.statementOpinion"), keys(REVIEW, DECISION, new CaseFacts(silent, false, null, false)));
        MemberStatement refusedUnnoted = new MemberStatement(LocalDate.of(2026, 11, 2), List.of("王干事", "李干事"), null, true, "");
        assertEquals(List.of("validation.case.refusalNote"), keys(REVIEW, DECISION, new CaseFacts(refusedUnnoted, false, null, false)));
        MemberStatement refusedNoted = new MemberStatement(LocalDate.of(2026, 11, 2), List.of("王干事", "李干事"), null, true,
                "本人拒绝签字，两名工作人员在场");
        assertEquals(List.of(), keys(REVIEW, DECISION, new CaseFacts(refusedNoted, false, null, false)));
        MemberStatement undated = new MemberStatement(null, List.of("王干事", "李干事"), "无异议", false, null);
        assertEquals(List.of("validation.case.statementDate"), keys(REVIEW, DECISION, new CaseFacts(undated, false, null, false)));
    }

    @Test
    void executionAndClosureNeedAnOutcomeAndADismissedCaseItsReason() {
        CaseFacts noOutcome = new CaseFacts(STATEMENT, false, null, false);
        assertEquals(List.of("validation.case.outcomeMissing"), keys(DECISION, EXECUTION, noOutcome));
        assertEquals(List.of("validation.case.closeNeedsOutcome"), keys(EXECUTION, CLOSED, noOutcome));
        assertEquals(List.of(), keys(EXECUTION, CLOSED, new CaseFacts(STATEMENT, true, null, false)));
        assertEquals(List.of("validation.case.closeNeedsOutcome"), keys(DISMISSED, CLOSED, CaseFacts.NONE));
        assertEquals(List.of(), keys(DISMISSED, CLOSED, new CaseFacts(null, false, "反映不实", false)));
    }

    @Test
    void theDisposalFormsAreTheFour() {
        assertEquals(EnumSet.of(TALK_INQUIRY, PRELIMINARY, ON_HOLD, DISMISSED),
                EnumSet.copyOf(java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isDisposal).toList()));
        assertFalse(REGISTERED.isDisposal());
    }

    @org.junit.jupiter.api.Test
    void onlyReviewBackToInvestigationIsAReturn() {
        for (CaseStage from : CaseStage.values()) {
            for (CaseStage to : CaseWorkflow.next(from)) {
                org.junit.jupiter.api.Assertions.assertEquals(from == CaseStage.REVIEW && to == CaseStage.INVESTIGATION,
                        CaseWorkflow.isReturn(from, to), from + " → " + to);
            }
        }
    }
}
