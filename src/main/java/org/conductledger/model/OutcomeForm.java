package org.conductledger.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters to record a decision (处理决定) about one member of a case.
 *
 * @param authorityOverride why the decision is recorded although the deciding organisation does not hold
 *                          authority over the member (blank when it does)
 * @param warningsAccepted  the user has read the warnings (e.g. 撤销党内职务 without a recorded party post)
 */
public record OutcomeForm(long caseId, long memberId, Set<Long> typeIds, LocalDate decidedOn, Long decidingOrgId,
                          String documentNo, LocalDate effectiveOn, String notes, String authorityOverride,
                          boolean warningsAccepted) {

    public OutcomeForm {
        typeIds = typeIds == null ? Set.of() : Set.copyOf(typeIds);
    }
}
