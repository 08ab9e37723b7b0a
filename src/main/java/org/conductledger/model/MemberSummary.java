package org.conductledger.model;

import java.time.LocalDate;

/** One roster line: what lists show and filter on. */
public record MemberSummary(long id, String name, Gender gender, String idNumber, LocalDate birthDate,
                            MemberCategory category, LocalDate joinedOn, long orgId, String orgName,
                            String workUnitPost, boolean cadre, CadreRank rank, MemberStatus status) {

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }
}
