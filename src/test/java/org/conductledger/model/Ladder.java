package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The outcome ladder as seeded by V6 (OutcomeServiceTest checks the seed against it). */
public final class Ladder {

    public static final List<OutcomeType> TYPES = List.of(
            t(1, "EDU", OutcomeKind.EDUCATION, 10, null, ImpactBasis.NONE, Eligibility.ALL, false, null, null),
            t(2, "CHK", OutcomeKind.EDUCATION, 20, null, ImpactBasis.NONE, Eligibility.ALL, false, null, null),
            t(3, "JM_T", OutcomeKind.ADMONISHMENT, 30, 6, ImpactBasis.LOCAL, Eligibility.ALL, false, null, null),
            t(4, "JM_W", OutcomeKind.ADMONISHMENT, 31, 6, ImpactBasis.LOCAL, Eligibility.ALL, false, null, null),
            t(5, "ORG_TZ", OutcomeKind.ORGANISATIONAL, 40, null, ImpactBasis.UNCONFIRMED, Eligibility.LEADING_CADRE, false, null, Role.ORG_DEPARTMENT),
            t(6, "ORG_TJ", OutcomeKind.ORGANISATIONAL, 41, 12, ImpactBasis.UNCONFIRMED, Eligibility.LEADING_CADRE, false, null, Role.ORG_DEPARTMENT),
            t(7, "ORG_ZLCZ", OutcomeKind.ORGANISATIONAL, 42, 24, ImpactBasis.UNCONFIRMED, Eligibility.LEADING_CADRE, false, null, Role.ORG_DEPARTMENT),
            t(8, "ORG_MZ", OutcomeKind.ORGANISATIONAL, 43, 24, ImpactBasis.UNCONFIRMED, Eligibility.LEADING_CADRE, false, null, Role.ORG_DEPARTMENT),
            t(9, "ORG_JZ", OutcomeKind.ORGANISATIONAL, 44, 24, ImpactBasis.UNCONFIRMED, Eligibility.LEADING_CADRE, false, null, Role.ORG_DEPARTMENT),
            t(10, "DP1", OutcomeKind.DISCIPLINARY, 50, 12, ImpactBasis.CONFIRMED, Eligibility.FULL_MEMBER, false, null, Role.CASE_HANDLER),
            t(11, "DP2", OutcomeKind.DISCIPLINARY, 60, 18, ImpactBasis.CONFIRMED, Eligibility.FULL_MEMBER, false, null, Role.CASE_HANDLER),
            t(12, "DP3", OutcomeKind.DISCIPLINARY, 70, 24, ImpactBasis.CONFIRMED, Eligibility.FULL_MEMBER, true, null, Role.CASE_HANDLER),
            t(13, "DP4_1", OutcomeKind.DISCIPLINARY, 80, 24, ImpactBasis.CONFIRMED, Eligibility.FULL_MEMBER, false, 12, Role.CASE_HANDLER),
            t(14, "DP4_2", OutcomeKind.DISCIPLINARY, 81, 24, ImpactBasis.CONFIRMED, Eligibility.FULL_MEMBER, false, 24, Role.CASE_HANDLER),
            t(15, "DP5", OutcomeKind.DISCIPLINARY, 90, 60, ImpactBasis.CONFIRMED, Eligibility.FULL_MEMBER, false, null, Role.CASE_HANDLER),
            t(16, "PB_EXT", OutcomeKind.PROBATIONARY, 55, null, ImpactBasis.NONE, Eligibility.PROBATIONARY, false, null, null),
            t(17, "PB_CANCEL", OutcomeKind.PROBATIONARY, 85, null, ImpactBasis.NONE, Eligibility.PROBATIONARY, false, null, null),
            t(18, "XFER_JJ", OutcomeKind.DISPOSITION, 100, null, ImpactBasis.NONE, Eligibility.ALL, false, null, null),
            t(19, "XFER_SF", OutcomeKind.DISPOSITION, 101, null, ImpactBasis.NONE, Eligibility.ALL, false, null, null));

    public static final Map<String, OutcomeType> BY_CODE =
            TYPES.stream().collect(Collectors.toMap(OutcomeType::code, Function.identity()));

    private Ladder() {
    }

    private static OutcomeType t(long id, String code, OutcomeKind kind, int severity, Integer months, ImpactBasis basis,
                                 Eligibility eligibility, boolean needsPost, Integer probation, Role role) {
        return new OutcomeType(id, code, code, kind, severity, null, months, basis, null, eligibility, needsPost, probation,
                role, false);
    }

    public static OutcomeType type(String code) {
        return BY_CODE.get(code);
    }

    /** A decision in force of {@code codes}, decided on {@code decided}. */
    public static Outcome outcome(LocalDate decided, String... codes) {
        return outcome(decided, false, null, OutcomeStatus.IN_FORCE, codes);
    }

    public static Outcome outcome(LocalDate decided, boolean extended, LocalDate restored, OutcomeStatus status,
                                  String... codes) {
        List<OutcomeType> types = java.util.Arrays.stream(codes).map(Ladder::type).toList();
        return new Outcome(1, 1, 1, "张三", types, decided, 1, "党委", null, decided, null, null, extended, restored,
                Outcome.Execution.NONE, status, null, List.of(), 0);
    }
}
