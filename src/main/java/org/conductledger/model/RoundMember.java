package org.conductledger.model;

import java.time.LocalDate;

/** A member expected to confirm in a round (they hold open records), and when they did, if they did. */
public record RoundMember(long memberId, String name, String orgName, int openRecords, LocalDate confirmedOn) {

    public boolean confirmed() {
        return confirmedOn != null;
    }
}
