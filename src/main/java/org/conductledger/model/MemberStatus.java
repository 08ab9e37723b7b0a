package org.conductledger.model;

/**
 * Record status of a member. Members are never hard-deleted: leaving the roster is a status change.
 * SUSPENDED is 停止党籍 (REFERENCE §5): still on the books, restorable within two years.
 */
public enum MemberStatus implements Labelled {
    NORMAL,           // 正常
    SUSPENDED,        // 停止党籍
    TRANSFERRED_OUT,  // 已转出
    LEFT_PARTY,       // 已出党
    DECEASED;         // 死亡

    /** Current members count for ID-number uniqueness and appear in the default roster. */
    public boolean isCurrent() {
        return this == NORMAL || this == SUSPENDED;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
