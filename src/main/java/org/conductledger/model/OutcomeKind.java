package org.conductledger.model;

/** The families of the outcome ladder (REFERENCE §1.1). Dispositions are referrals, not grades. */
public enum OutcomeKind implements Labelled {
    EDUCATION, ADMONISHMENT, ORGANISATIONAL, DISCIPLINARY, PROBATIONARY, DISPOSITION;

    /** At most one measure of this family fits in one decision (one sanction; one 预备党员 measure). */
    public boolean single() {
        return this == DISCIPLINARY || this == PROBATIONARY;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
