package org.conductledger.model;

import java.time.LocalDate;

/** An appeal (申诉) against an outcome; {@code result} and {@code decidedOn} are null while pending. */
public record Appeal(long id, long outcomeId, LocalDate filedOn, long toOrgId, String toOrgName, AppealResult result,
                     LocalDate decidedOn, String notes) {

    /** 复议复查 must finish within 3 months (监督执纪工作规则 第五十九条). */
    public static final int MONTHS_TO_DECIDE = 3;

    public boolean pending() {
        return result == null;
    }

    public LocalDate dueOn() {
        return filedOn.plusMonths(MONTHS_TO_DECIDE);
    }
}
