package org.conductledger.model;

/** 党员类别: full (正式) or probationary (预备) member. */
public enum MemberCategory implements Labelled {
    FULL,
    PROBATIONARY;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
