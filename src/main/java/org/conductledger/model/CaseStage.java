package org.conductledger.model;

/**
 * Where a misconduct case stands (REFERENCE §2): a clue is registered, disposed of in one of the four
 * ways, and — from 谈话函询 or 初步核实 — may be filed and taken through investigation, review, decision
 * and execution to closure.
 */
public enum CaseStage implements Labelled {
    REGISTERED,     // 登记（线索受理）
    TALK_INQUIRY,   // 谈话函询 THHX
    PRELIMINARY,    // 初步核实 CBHS
    ON_HOLD,        // 暂存待查 ZCDC
    DISMISSED,      // 予以了结 YYLJ
    FILED,          // 立案
    INVESTIGATION,  // 调查
    REVIEW,         // 审理
    DECISION,       // 处理决定
    EXECUTION,      // 执行
    CLOSED;         // 结案

    /** The four disposal forms of a clue (四类处置). */
    public boolean isDisposal() {
        return this == TALK_INQUIRY || this == PRELIMINARY || this == ON_HOLD || this == DISMISSED;
    }

    /** The disposal form's code in REFERENCE §2 (THHX, CBHS, ZCDC, YYLJ), or null for other stages. */
    public String disposalCode() {
        return switch (this) {
            case TALK_INQUIRY -> "THHX";
            case PRELIMINARY -> "CBHS";
            case ON_HOLD -> "ZCDC";
            case DISMISSED -> "YYLJ";
            default -> null;
        };
    }

    public boolean isTerminal() {
        return this == CLOSED;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
