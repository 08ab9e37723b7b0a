package org.conductledger.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case state machine (问题线索 → 处置 → 决定). Every legal move is listed here; any other is refused
 * with a reason, and the guards of the rules (REFERENCE §2) are checked on the moves they govern:
 * no 处理决定 without the member's statement or a noted refusal; no 结案 without an outcome or a 了结
 * reason; a case on hold reopens only on new evidence.
 */
public final class CaseWorkflow {

    private static final Map<CaseStage, EnumSet<CaseStage>> NEXT = new EnumMap<>(CaseStage.class);

    static {
        NEXT.put(CaseStage.REGISTERED, EnumSet.of(CaseStage.TALK_INQUIRY, CaseStage.PRELIMINARY, CaseStage.ON_HOLD,
                CaseStage.DISMISSED));
        NEXT.put(CaseStage.TALK_INQUIRY, EnumSet.of(CaseStage.PRELIMINARY, CaseStage.FILED, CaseStage.DISMISSED));
        NEXT.put(CaseStage.PRELIMINARY, EnumSet.of(CaseStage.FILED, CaseStage.ON_HOLD, CaseStage.DISMISSED));
        NEXT.put(CaseStage.ON_HOLD, EnumSet.of(CaseStage.TALK_INQUIRY, CaseStage.PRELIMINARY, CaseStage.DISMISSED));
        NEXT.put(CaseStage.DISMISSED, EnumSet.of(CaseStage.CLOSED));
        NEXT.put(CaseStage.FILED, EnumSet.of(CaseStage.INVESTIGATION));
        NEXT.put(CaseStage.INVESTIGATION, EnumSet.of(CaseStage.REVIEW));
        NEXT.put(CaseStage.REVIEW, EnumSet.of(CaseStage.DECISION, CaseStage.INVESTIGATION));
        NEXT.put(CaseStage.DECISION, EnumSet.of(CaseStage.EXECUTION));
        NEXT.put(CaseStage.EXECUTION, EnumSet.of(CaseStage.CLOSED));
        NEXT.put(CaseStage.CLOSED, EnumSet.noneOf(CaseStage.class));
    }

    /** A move back (审理 returns the case to 调查 for more investigation): offered last and named as such. */
    public static boolean isReturn(CaseStage from, CaseStage to) {
        return from == CaseStage.REVIEW && to == CaseStage.INVESTIGATION;
    }

    private CaseWorkflow() {
    }

    /** The stages a case may move to from {@code stage}. */
    public static Set<CaseStage> next(CaseStage stage) {
        return EnumSet.copyOf(NEXT.get(stage));
    }

    public static boolean isLegal(CaseStage from, CaseStage to) {
        return NEXT.get(from).contains(to);
    }

    /** Why the move from {@code from} to {@code to} may not happen now; empty when it may. */
    public static List<Problem> check(CaseStage from, CaseStage to, CaseFacts facts) {
        List<Problem> problems = new ArrayList<>();
        if (!isLegal(from, to)) {
            problems.add(Problem.of(null, from == CaseStage.CLOSED ? "validation.case.closed" : "validation.case.illegalMove",
                    from, to));
            return problems;
        }
        if (to == CaseStage.DISMISSED && blank(facts.dismissalReason())) {
            problems.add(Problem.of(null, "validation.case.dismissalReason"));
        }
        if (from == CaseStage.ON_HOLD && to != CaseStage.DISMISSED && !facts.newEvidenceSinceHold()) {
            problems.add(Problem.of(null, "validation.case.reopenNeedsEvidence"));
        }
        if (to == CaseStage.DECISION) {
            if (facts.statement() == null) {
                problems.add(Problem.of(null, "validation.case.statementMissing"));
            } else {
                problems.addAll(facts.statement().problems());
            }
        }
        if (to == CaseStage.EXECUTION && !facts.hasOutcome()) {
            problems.add(Problem.of(null, "validation.case.outcomeMissing"));
        }
        if (to == CaseStage.CLOSED) {
            boolean dismissed = from == CaseStage.DISMISSED;
            if (dismissed && blank(facts.dismissalReason()) || !dismissed && !facts.hasOutcome()) {
                problems.add(Problem.of(null, "validation.case.closeNeedsOutcome"));
            }
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
