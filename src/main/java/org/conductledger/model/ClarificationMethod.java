package org.conductledger.model;

/** How a name is cleared: 发函说明, 当面说明, 通报. */
public enum ClarificationMethod implements Labelled {
    LETTER, IN_PERSON, NOTICE;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
