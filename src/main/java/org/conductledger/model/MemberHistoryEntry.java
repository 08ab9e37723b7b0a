package org.conductledger.model;

import java.time.LocalDate;

/**
 * One line of a member's history: a transfer between organisations or a status change.
 * {@code from}/{@code to} are organisation names for transfers and status labels keys for status changes.
 */
public record MemberHistoryEntry(Kind kind, LocalDate date, String from, String to, String reason) {

    public enum Kind implements Labelled {
        TRANSFER, STATUS_CHANGE;

        @Override
        public String labelKey() {
            return Labelled.keyOf(this);
        }
    }
}
