package org.conductledger.ui.common;

/** What the user chose in the "已被他人修改" dialog. */
public enum ConflictChoice {
    /** Throw away this user's input and show the record as now saved. */
    RELOAD,
    /** Save this user's input over the newer version: their explicit decision, audited like any save. */
    REAPPLY,
    /** Keep the form open as it is, nothing saved. */
    CANCEL
}
