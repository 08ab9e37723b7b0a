package org.conductledger.model;

import java.util.List;

/**
 * One thing wrong with an imported file: the spreadsheet row (1 = the header row, 0 = the file as a whole),
 * the column header (null: the whole row), and a message key with its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int row, String column, String messageKey, Object... args) {
        return new ImportProblem(row, column, messageKey, List.of(args));
    }
}
