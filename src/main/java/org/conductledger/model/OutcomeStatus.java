package org.conductledger.model;

/** Whether a decision still counts: an appeal that changes or revokes it ends it (its history is kept). */
public enum OutcomeStatus implements Labelled {
    IN_FORCE, CHANGED, REVOKED;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
