package org.conductledger.model;

import java.util.Arrays;
import java.util.List;

/**
 * The three registers the regulations require (中宣发〔2017〕20号 §4, 苏宣发〔2019〕19号 第三条, 2024 规定
 * 第十九–二十条): accounts opened in a role identity, groups set up, and personal public accounts filed.
 */
public enum RegisterKind implements Labelled {
    /** 以职务身份注册账号报告. */
    ACCOUNT,
    /** 建立群组报告. */
    GROUP,
    /** 个人公众账号备案. */
    FILING;

    public RegisterStatus initialStatus() {
        return switch (this) {
            case ACCOUNT -> RegisterStatus.ACTIVE;
            case GROUP -> RegisterStatus.NORMAL;
            case FILING -> RegisterStatus.FILED;
        };
    }

    public List<RegisterStatus> statuses() {
        return Arrays.stream(RegisterStatus.values()).filter(s -> s.kind() == this).toList();
    }

    /** Accounts and filings are both accounts: the same platform and account ID may be registered once. */
    public String identityClass() {
        return this == GROUP ? "G" : "A";
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
