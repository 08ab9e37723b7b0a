package org.conductledger.model;

/** Whether a record was reported (or filed) within the reporting window. */
public enum Timeliness implements Labelled {
    ON_TIME,   // reported within the window
    LATE,      // reported, but after the window
    PENDING,   // not reported yet, still within the window
    OVERDUE;   // not reported, and the window has passed

    /** Late and overdue records appear on the 待报告/逾期 list, pending ones too. */
    public boolean needsAttention() {
        return this != ON_TIME;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
