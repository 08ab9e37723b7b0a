package org.conductledger.model;

/** Fields of the transfer and status-change steps. */
public enum ChangeField implements Labelled {
    TARGET_ORG, STATUS, DATE, REASON;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
