package org.conductledger.model;

import java.util.List;

/**
 * What an import found and did: the rows read, the rows written (0 unless everything could be written,
 * or on a dry run), the problems and the warnings (such as ignored columns).
 */
public record ImportReport(ImportKind kind, int rows, int imported, boolean dryRun, List<ImportProblem> problems,
                           List<ImportProblem> warnings) {

    public ImportReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Whether everything was imported (or, on a dry run, would be). */
    public boolean succeeded() {
        return problems.isEmpty() && rows > 0;
    }
}
