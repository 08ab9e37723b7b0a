package org.conductledger.model;

/** Fields of a register record, for validation messages. */
public enum RegisterField implements Labelled {
    MEMBER, PLATFORM, NAME, IDENTIFIER, URL, ROLE_IDENTITY, PURPOSE, OPENED_ON, REPORTED_ON, NOTES, CATEGORY,
    MEMBER_ROLE, GROUP_SIZE, GROUP_SIZE_ON, ACCOUNT_TYPE, CERT_SUBJECT, CERT_USCC, CONTENT_AREA, OPERATORS,
    STATUS, STATUS_ON, REASON, FILING_NO;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
