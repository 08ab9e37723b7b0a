package org.conductledger.model;

/** Fields of the intake form, for validation messages. */
public enum CaseField implements Labelled {
    RECEIVED_ON, SOURCE, REPORTER_NAME, REPORTER_CONTACT, DESCRIPTION, SUBJECTS, CATEGORIES, STAGE, COMMENT;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
