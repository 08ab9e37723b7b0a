package org.conductledger.model;

/** One line of the decisions register (处理决定台账): the decision and the member's organisation. */
public record OutcomeRegisterEntry(Outcome outcome, String memberOrgName) {
}
