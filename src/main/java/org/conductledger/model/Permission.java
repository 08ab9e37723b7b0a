package org.conductledger.model;

/** What a role allows; services check one of these before every read and write. */
public enum Permission implements Labelled {
    ORG_READ, ORG_WRITE, MEMBER_READ, MEMBER_WRITE, CASE_READ, CASE_WRITE, USER_MANAGE, SETTINGS_MANAGE, AUDIT_READ,
    REGISTER_READ, REGISTER_WRITE, REFERENCE_MANAGE,
    /** Writing a backup of the whole ledger to a chosen file. */
    BACKUP,
    /** Replacing the whole ledger with a backup. */
    RESTORE,
    /** Reading the print log (who printed or exported what). */
    PRINT_LOG_READ,
    /** Compiling the annual review (年度网络行为管理工作报告) and its appraisal reference list. */
    REVIEW_COMPILE;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
