package org.conductledger.model;

/**
 * A spreadsheet row turned into what the services take: a member form, a register form with the
 * filing number it already carries (null: allocate one) and the status it is recorded in (null: initial), or
 * an organisation to create or change.
 */
public sealed interface ImportRow {

    /** The spreadsheet row number (the header is row 1). */
    int row();

    record MemberRow(int row, MemberForm form) implements ImportRow {
    }

    record RegisterRow(int row, RegisterForm form, String filingNo, RegisterStatus status) implements ImportRow {
    }

    /**
     * An organisation by its code ({@code form.code()}): new ({@code existing} false) under the organisation
     * coded {@code parentCode}, or one already in the ledger whose fields are to be {@code form}
     * ({@code update}) and/or which moves under {@code parentCode} ({@code move}). Rows come in an order where
     * every parent is in place before its children.
     */
    record OrganisationRow(int row, OrganisationForm form, String parentCode, boolean existing, boolean update,
                           boolean move) implements ImportRow {
    }
}
