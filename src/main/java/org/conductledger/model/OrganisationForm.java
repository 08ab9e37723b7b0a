package org.conductledger.model;

import java.time.LocalDate;

/** What a user enters to create or edit an organisation. */
public record OrganisationForm(String name, String code, OrgType type, LocalDate establishedOn, Long secretaryId) {
}
