package org.conductledger.model;

import java.time.LocalDate;

/** A member's 年审 confirmation: the round's year and organisation, and the date. */
public record Confirmation(int year, String orgName, LocalDate confirmedOn) {
}
