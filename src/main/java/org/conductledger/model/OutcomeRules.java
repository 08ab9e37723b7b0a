package org.conductledger.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules a decision (处理决定) must satisfy: the measures fit the member (组织处理 for leading cadres,
 * the five sanctions not for 预备党员, 预备党员 measures only for them), one sanction at most, dates in order,
 * and 干部管理权限. Problems refuse the decision; warnings ({@link #warnings}) need the user's acknowledgement.
 */
public final class OutcomeRules {

    public static final int DOCUMENT_NO_MAX = 60;
    public static final int NOTES_MAX = 2000;
    public static final int OVERRIDE_MAX = 500;

    private final Clock clock;

    public OutcomeRules(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the rules need to know about the member and the case. */
    /** {@code decisionStageSince}: when the case reached 处理决定 — a decision cannot be dated before it. */
    public record Facts(Member member, boolean holdsPartyPost, LocalDate decisionStageSince, boolean authority) {
    }

    /** A leading cadre (领导干部): a cadre holding a leadership post, 乡科级副职 or above. */
    public static boolean leadingCadre(Member member) {
        return member.cadre() && member.rank() != CadreRank.YB && member.rank() != CadreRank.NONE;
    }

    /**
     * The organisation whose chain holds 干部管理权限 over the member: the 干部管理单位 for a cadre who has one,
     * otherwise the member's own organisation.
     */
    public static long authorityBasis(Member member) {
        return member.cadre() && member.managingOrgId() != null ? member.managingOrgId() : member.orgId();
    }

    /** The deciding organisation holds authority if it is the basis organisation or above it (materialised paths). */
    public static boolean holdsAuthority(String decidingPath, String basisPath) {
        return decidingPath != null && basisPath != null && basisPath.startsWith(decidingPath);
    }

    public List<Problem> validate(OutcomeForm form, List<OutcomeType> types, Facts facts) {
        List<Problem> problems = new ArrayList<>();
        if (types.isEmpty()) {
            problems.add(Problem.of(OutcomeField.TYPES, "validation.outcome.noType"));
        }
        for (OutcomeKind kind : OutcomeKind.values()) {
            if (kind.single() && types.stream().filter(t -> t.kind() == kind).count() > 1) {
                problems.add(Problem.of(OutcomeField.TYPES, "validation.outcome.oneOfKind", kind));
            }
        }
        for (OutcomeType type : types) {
            eligibilityProblem(type, facts.member()).ifPresent(problems::add);
        }
        dates(form, facts, problems);
        if (form.decidingOrgId() == null) {
            problems.add(Problem.of(OutcomeField.DECIDING_ORG, "validation.required"));
        } else if (!facts.authority() && blank(form.authorityOverride())) {
            problems.add(Problem.of(OutcomeField.AUTHORITY, "validation.outcome.authority"));
        }
        length(form.documentNo(), DOCUMENT_NO_MAX, OutcomeField.DOCUMENT_NO, problems);
        length(form.notes(), NOTES_MAX, OutcomeField.NOTES, problems);
        length(form.authorityOverride(), OVERRIDE_MAX, OutcomeField.AUTHORITY, problems);
        return problems;
    }

    /** Warnings the user must acknowledge: 撤销党内职务 for a member with no recorded party post (→ 严重警告). */
    public List<Problem> warnings(List<OutcomeType> types, Facts facts) {
        List<Problem> warnings = new ArrayList<>();
        for (OutcomeType type : types) {
            if (type.needsPartyPost() && !facts.holdsPartyPost()) {
                warnings.add(Problem.of(OutcomeField.TYPES, "warning.outcome.noPartyPost", type.name()));
            }
        }
        return warnings;
    }

    public static java.util.Optional<Problem> eligibilityProblem(OutcomeType type, Member member) {
        boolean probationary = member.category() == MemberCategory.PROBATIONARY;
        return switch (type.eligibility()) {
            case ALL -> java.util.Optional.empty();
            case LEADING_CADRE -> leadingCadre(member) ? java.util.Optional.empty()
                    : java.util.Optional.of(Problem.of(OutcomeField.TYPES, "validation.outcome.leadingCadreOnly", type.name()));
            case FULL_MEMBER -> probationary
                    ? java.util.Optional.of(Problem.of(OutcomeField.TYPES, "validation.outcome.notProbationary", type.name()))
                    : java.util.Optional.empty();
            case PROBATIONARY -> probationary ? java.util.Optional.empty()
                    : java.util.Optional.of(Problem.of(OutcomeField.TYPES, "validation.outcome.probationaryOnly", type.name()));
        };
    }

    private void dates(OutcomeForm form, Facts facts, List<Problem> problems) {
        if (form.decidedOn() == null) {
            problems.add(Problem.of(OutcomeField.DECIDED_ON, "validation.required"));
        } else if (form.decidedOn().isAfter(today())) {
            problems.add(Problem.of(OutcomeField.DECIDED_ON, "validation.date.future"));
        } else if (facts.decisionStageSince() != null && form.decidedOn().isBefore(facts.decisionStageSince())) {
            problems.add(Problem.of(OutcomeField.DECIDED_ON, "validation.outcome.beforeDecisionStage", facts.decisionStageSince()));
        }
        if (form.effectiveOn() != null && form.decidedOn() != null && form.effectiveOn().isBefore(form.decidedOn())) {
            problems.add(Problem.of(OutcomeField.EFFECTIVE_ON, "validation.outcome.effectiveBeforeDecision"));
        }
    }

    private static void length(String text, int max, OutcomeField field, List<Problem> problems) {
        if (text != null && text.strip().length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Restoration (恢复党员权利) is recorded on or after the end of the 留党察看 term, not in the future. */
    public List<Problem> validateRestoration(Outcome outcome, LocalDate restoredOn) {
        List<Problem> problems = new ArrayList<>();
        LocalDate termEnd = ImpactPeriod.probationEnds(outcome).orElse(null);
        if (termEnd == null) {
            problems.add(Problem.of(null, "validation.outcome.noProbation"));
        } else if (restoredOn == null || restoredOn.isAfter(today()) || restoredOn.isBefore(termEnd)) {
            problems.add(Problem.of(null, "validation.outcome.restoreDate", termEnd));
        }
        return problems;
    }

    /** A one-year 留党察看 term may be extended once by a year (two years at most), before restoration. */
    public List<Problem> validateExtension(Outcome outcome) {
        OutcomeType probation = outcome.probation().orElse(null);
        if (probation == null) {
            return List.of(Problem.of(null, "validation.outcome.noProbation"));
        }
        if (probation.probationMonths() != 12 || outcome.probationExtended() || outcome.restoredOn() != null) {
            return List.of(Problem.of(null, "validation.outcome.extension"));
        }
        return List.of();
    }

    /** Execution dates: none in the future, none before the decision. */
    public List<Problem> validateExecution(Outcome outcome, Outcome.Execution e) {
        List<Problem> problems = new ArrayList<>();
        for (LocalDate d : java.util.Arrays.asList(e.announcedOn(), e.filedOn(), e.reportedOn())) {
            if (d != null && (d.isAfter(today()) || d.isBefore(outcome.decidedOn()))) {
                problems.add(Problem.of(null, "validation.outcome.executionDate", outcome.decidedOn()));
                break;
            }
        }
        return problems;
    }

    /** An appeal: filed on or after the decision, not in the future; decided on or after filing. */
    public List<Problem> validateAppeal(Outcome outcome, LocalDate filedOn, Long toOrgId) {
        List<Problem> problems = new ArrayList<>();
        if (!outcome.counts()) {
            problems.add(Problem.of(null, "validation.appeal.notInForce"));
        }
        if (outcome.pendingAppeal().isPresent()) {
            problems.add(Problem.of(null, "validation.appeal.pending"));
        }
        if (filedOn == null || filedOn.isAfter(today()) || filedOn.isBefore(outcome.decidedOn())) {
            problems.add(Problem.of(null, "validation.appeal.filedOn", outcome.decidedOn()));
        }
        if (toOrgId == null) {
            problems.add(Problem.of(null, "validation.appeal.org"));
        }
        return problems;
    }

    public List<Problem> validateAppealDecision(Appeal appeal, AppealResult result, LocalDate decidedOn, Set<Long> newTypes) {
        List<Problem> problems = new ArrayList<>();
        if (!appeal.pending()) {
            problems.add(Problem.of(null, "validation.appeal.decided"));
        }
        if (result == null) {
            problems.add(Problem.of(null, "validation.appeal.result"));
        }
        if (decidedOn == null || decidedOn.isAfter(today()) || decidedOn.isBefore(appeal.filedOn())) {
            problems.add(Problem.of(null, "validation.appeal.decidedOn", appeal.filedOn()));
        }
        if (result == AppealResult.CHANGED && (newTypes == null || newTypes.isEmpty())) {
            problems.add(Problem.of(OutcomeField.TYPES, "validation.appeal.changedTypes"));
        }
        return problems;
    }

    /**
     * 申诉不加重: a decision changed on the member's appeal may not be heavier than the one appealed against
     * (referrals are not grades and are not compared).
     */
    public static java.util.Optional<Problem> heavierOnAppeal(List<OutcomeType> appealed, List<OutcomeType> changedTo) {
        int before = heaviest(appealed);
        int after = heaviest(changedTo);
        return after > before ? java.util.Optional.of(Problem.of(OutcomeField.TYPES, "validation.appeal.heavier"))
                : java.util.Optional.empty();
    }

    private static int heaviest(List<OutcomeType> types) {
        return types.stream().filter(t -> t.kind() != OutcomeKind.DISPOSITION).mapToInt(OutcomeType::severity).max().orElse(0);
    }
}
