package org.conductledger.model;

/** One line of the commendations register (表彰奖励台账): the commendation, the member and their organisation. */
public record CommendationRegisterEntry(Commendation commendation, String memberName, String memberOrgName) {
}
