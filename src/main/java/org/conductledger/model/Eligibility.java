package org.conductledger.model;

/** Whom an outcome type may be given to. */
public enum Eligibility implements Labelled {
    /** Any member. */
    ALL,
    /** 组织处理: leading cadres only (领导干部, 乡科级副职 and above). */
    LEADING_CADRE,
    /** The five sanctions: full members only (预备党员 get 延长预备期 or 取消预备党员资格 instead). */
    FULL_MEMBER,
    /** 延长预备期 / 取消预备党员资格: probationary members only. */
    PROBATIONARY;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
