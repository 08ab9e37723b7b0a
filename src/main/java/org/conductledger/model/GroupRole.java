package org.conductledger.model;

/** The member's role in a group they report (群组规定: 建立者 / 管理者). */
public enum GroupRole implements Labelled {
    CREATOR, ADMIN;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
