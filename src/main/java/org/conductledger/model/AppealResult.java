package org.conductledger.model;

/** The result of an appeal (申诉): 维持 / 变更 / 撤销. */
public enum AppealResult implements Labelled {
    UPHELD, CHANGED, REVOKED;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
