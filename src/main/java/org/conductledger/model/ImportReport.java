package org.conductledger.model;

import java.util.List;

/**
 * What an import found and did: the rows read, the rows written (0 unless everything could be written,
 * or on a dry run), the problems and the warnings (such as ignored columns). An organisation sheet also
 * lists its changes to organisations already in the ledger — written only when {@code changesConfirmed} —
 * and how many of its rows matched the ledger already ({@code unchanged}).
 */
public record ImportReport(ImportKind kind, int rows, int imported, boolean dryRun, List<ImportProblem> problems,
                           List<ImportProblem> warnings, List<ImportChange> changes, boolean changesConfirmed,
                           int unchanged) {

    public ImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }

    /** A report of a kind that never changes existing records. */
    public ImportReport(ImportKind kind, int rows, int imported, boolean dryRun, List<ImportProblem> problems,
                        List<ImportProblem> warnings) {
        this(kind, rows, imported, dryRun, problems, warnings, List.of(), false, 0);
    }

    /** Whether everything was imported (or, on a dry run, would be). */
    public boolean succeeded() {
        return problems.isEmpty() && rows > 0 && !awaitingConfirmation();
    }

    /** The sheet is fine but would change existing records, which the user has not confirmed: nothing was written. */
    public boolean awaitingConfirmation() {
        return problems.isEmpty() && !changes.isEmpty() && !changesConfirmed;
    }

    /** The rows with at least one change. */
    public int changedRows() {
        return (int) changes.stream().mapToInt(ImportChange::row).distinct().count();
    }

    /** The rows that are new records (meaningful when there are no problems). */
    public int added() {
        return Math.max(0, rows - unchanged - changedRows());
    }
}
