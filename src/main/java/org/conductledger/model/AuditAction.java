package org.conductledger.model;

/** What an audit entry records (等保 2.0 安全审计: every user, every event type, with its result). */
public enum AuditAction implements Labelled {
    INITIALISE, LOGIN, LOGIN_FAILED, LOGOUT, SCREEN_LOCKED, UNLOCKED, UNLOCK_FAILED,
    CREATE, UPDATE, MOVE, DEACTIVATE, REACTIVATE, TRANSFER, STATUS_CHANGE,
    USER_CREATE, USER_DISABLE, PASSWORD_RESET, PASSWORD_CHANGE, SETTINGS_CHANGE,
    USER_UPDATE, USER_ENABLE, ACCOUNT_UNLOCK, ACCESS_DENIED, ROLLBACK_DETECTED,
    FILING_CHANGE, GROUP_SIZE, EVIDENCE_ADD, EVIDENCE_WITHDRAW, ROUND_OPEN, ROUND_CONFIRM, ROUND_CLOSE, REFERENCE_CHANGE,
    EXPORT, PRINT;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
