package org.conductledger.model;

import java.time.LocalDate;

/** A party member as stored. */
public record Member(long id, String name, Gender gender, String idNumber, String ethnicity, LocalDate birthDate,
                     MemberCategory category, LocalDate joinedOn, LocalDate confirmedOn, long orgId,
                     String workUnitPost, boolean cadre, CadreRank rank, Long managingOrgId, String phone,
                     MemberStatus status, int version) {

    public MemberForm toForm() {
        return new MemberForm(name, gender, idNumber, ethnicity, birthDate, category, joinedOn, confirmedOn, orgId,
                workUnitPost, cadre, rank, managingOrgId, phone);
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }
}
