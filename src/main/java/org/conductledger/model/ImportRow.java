package org.conductledger.model;

/**
 * A spreadsheet row turned into what the services take: a member form, or a register form with the
 * filing number it already carries (null: allocate one) and the status it is recorded in (null: initial).
 */
public sealed interface ImportRow {

    /** The spreadsheet row number (the header is row 1). */
    int row();

    record MemberRow(int row, MemberForm form) implements ImportRow {
    }

    record RegisterRow(int row, RegisterForm form, String filingNo, RegisterStatus status) implements ImportRow {
    }
}
