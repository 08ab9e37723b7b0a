package org.conductledger.model;

/** The fields of a member record, used to attach validation problems to form inputs. */
public enum MemberField implements Labelled {
    NAME, GENDER, ID_NUMBER, ETHNICITY, BIRTH_DATE, CATEGORY, JOINED_ON, CONFIRMED_ON, ORGANISATION,
    WORK_UNIT_POST, RANK, MANAGING_ORG, PHONE;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
