package org.conductledger.model;

/**
 * 问责 measures (问责条例 第八条, REFERENCE §2): against organisations 检查 / 通报 / 改组; against leaders
 * 通报 / 诫勉 / 组织调整或组织处理 / 纪律处分.
 */
public enum AccountabilityMeasure implements Labelled {
    INSPECTION(AccountabilityTarget.ORGANISATION),
    ORG_NOTICE(AccountabilityTarget.ORGANISATION),
    REORGANISATION(AccountabilityTarget.ORGANISATION),
    NOTICE(AccountabilityTarget.LEADER),
    ADMONISHMENT(AccountabilityTarget.LEADER),
    ORGANISATIONAL(AccountabilityTarget.LEADER),
    DISCIPLINARY(AccountabilityTarget.LEADER);

    private final AccountabilityTarget target;

    AccountabilityMeasure(AccountabilityTarget target) {
        this.target = target;
    }

    public AccountabilityTarget target() {
        return target;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
