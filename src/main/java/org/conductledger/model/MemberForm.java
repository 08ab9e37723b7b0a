package org.conductledger.model;

import java.time.LocalDate;

/** What a user enters to create or edit a member (status changes and transfers have their own steps). */
public record MemberForm(String name, Gender gender, String idNumber, String ethnicity, LocalDate birthDate,
                         MemberCategory category, LocalDate joinedOn, LocalDate confirmedOn, Long orgId,
                         String workUnitPost, boolean cadre, CadreRank rank, Long managingOrgId, String phone) {

    /** The same form with surrounding white space removed and blank text turned into null. */
    public MemberForm normalised() {
        // The check character X is stored upper case; card readers and people often type x.
        String id = clean(idNumber);
        String normalisedId = id == null ? null : id.toUpperCase(java.util.Locale.ROOT);
        return new MemberForm(clean(name), gender, normalisedId, clean(ethnicity), birthDate, category,
                joinedOn, confirmedOn, orgId, clean(workUnitPost), cadre, rank == null ? CadreRank.NONE : rank,
                managingOrgId, clean(phone));
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
