package org.conductledger.model;

/**
 * One difference between a row of an imported sheet and the record the ledger already holds under the same
 * key (an organisation's code): the row, the key, the column header, and the value now and in the sheet
 * (null: none). It is written only when the user confirms the changes.
 */
public record ImportChange(int row, String key, String column, Object before, Object after) {

    public static ImportChange of(int row, String key, ImportColumn column, Object before, Object after) {
        return new ImportChange(row, key, column.header(), before, after);
    }
}
