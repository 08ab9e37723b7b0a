package org.conductledger.model;

/** How sure an impact period is (REFERENCE §1.2): labelled so in the UI unless confirmed. */
public enum ImpactBasis implements Labelled {
    NONE, CONFIRMED, UNCONFIRMED, LOCAL;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
