package org.conductledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * 材料见面: the facts were shown to the member, with at least two staff present; the member wrote an
 * opinion (本人说明/申辩), or refused — and then the staff note the refusal (REFERENCE §2).
 */
public record MemberStatement(LocalDate shownOn, List<String> staff, String opinion, boolean refused, String staffNote) {

    public static final int MIN_STAFF = 2;

    public MemberStatement {
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    /** Problems that keep this statement from counting: date, two staff, an opinion or a noted refusal. */
    public List<Problem> problems() {
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        if (shownOn == null) {
            problems.add(Problem.of(null, "validation.case.statementDate"));
        }
        if (staff.stream().filter(s -> s != null && !s.isBlank()).count() < MIN_STAFF) {
            problems.add(Problem.of(null, "validation.case.statementStaff", MIN_STAFF));
        }
        if (refused) {
            if (staffNote == null || staffNote.isBlank()) {
                problems.add(Problem.of(null, "validation.case.refusalNote"));
            }
        } else if (opinion == null || opinion.isBlank()) {
            problems.add(Problem.of(null, "validation.case.statementOpinion"));
        }
        return problems;
    }
}
