package org.conductledger.model;

import java.time.LocalDate;

/** 年审: an organisation's re-confirmation round for one year. */
public record ConfirmationRound(long id, long orgId, int year, LocalDate openedOn, LocalDate closedOn) {

    public boolean isOpen() {
        return closedOn == null;
    }
}
