package org.conductledger.model;

import java.time.LocalDate;

/** 澄清正名 of a member after a case closed as untrue (2024 规定 第二十四条). */
public record Clarification(long id, long caseId, long memberId, ClarificationTrigger trigger, ClarificationMethod method,
                            String scope, LocalDate clarifiedOn, String notes) {
}
