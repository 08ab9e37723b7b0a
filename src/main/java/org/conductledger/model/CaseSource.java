package org.conductledger.model;

/** Where a clue came from (线索来源, REFERENCE §2); the last two are this application's additions. */
public enum CaseSource implements Labelled {
    PETITION,        // XF 信访举报
    SUPERVISION,     // JD 监督执纪中发现
    INSPECTION,      // XS 巡视巡察移交
    TRANSFER,        // YJ 其他单位移交
    SELF_CHECK,      // ZC 党组织自查发现
    PLATFORM;        // PT 平台通报

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
