package org.conductledger.model;

/** Leadership-post levels of the Civil Servant Law (REFERENCE §3), plus YB and NONE added by the app. */
public enum CadreRank implements Labelled {
    GJ_Z, GJ_F,   // 国家级正职/副职
    SB_Z, SB_F,   // 省部级
    TJ_Z, TJ_F,   // 厅局级
    XC_Z, XC_F,   // 县处级
    XK_Z, XK_F,   // 乡科级
    YB,           // 一般干部
    NONE;         // 非干部

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
