package org.conductledger.model;

import java.time.LocalDate;
import java.util.Set;

/** A 问责 record (苏宣发 第十二条) against an organisation or a leader for lax supervision. */
public record Accountability(long id, AccountabilityTarget target, Long targetOrgId, Long targetMemberId, String targetName,
                             Set<AccountabilityMeasure> measures, LocalDate decidedOn, long decidingOrgId,
                             String decidingOrgName, String documentNo, Long caseId, String reason) {

    public Accountability {
        measures = Set.copyOf(measures);
    }

    /** What a user enters. */
    public record Form(AccountabilityTarget target, Long targetOrgId, Long targetMemberId,
                       Set<AccountabilityMeasure> measures, LocalDate decidedOn, Long decidingOrgId, String documentNo,
                       Long caseId, String reason) {
    }
}
