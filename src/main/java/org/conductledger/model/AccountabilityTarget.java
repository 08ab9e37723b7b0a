package org.conductledger.model;

/** Whom 问责 is directed at: a party organisation or a leader. */
public enum AccountabilityTarget implements Labelled {
    ORGANISATION, LEADER;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
