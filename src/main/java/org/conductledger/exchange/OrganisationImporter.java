package org.conductledger.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conductledger.model.ImportChange;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.ImportReport;
import org.conductledger.model.ImportRow;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationTreePlan;
import org.conductledger.service.ImportService;
import org.conductledger.service.MemberService;

/**
 * The organisation sheet: every row read into a node, repeated codes told, the tree planned
 * ({@link OrganisationTreePlan}: unknown parents, cycles, the order, the changes to organisations already in
 * the ledger), then written by {@link ImportService} in that order — all rows or none, and changes only when
 * {@code applyChanges}: until the user confirms them nothing at all is written (not even the new rows), so the
 * ledger is always either as before or as the sheet says.
 */
final class OrganisationImporter {

    private final ImportLookups lookups;
    private final MemberService members;
    private final ImportService imports;

    OrganisationImporter(ImportLookups lookups, MemberService members, ImportService imports) {
        this.lookups = lookups;
        this.members = members;
        this.imports = imports;
    }

    ImportReport run(SheetTable table, ColumnMapping mapping, Organisation within, boolean dryRun, boolean applyChanges,
                     String fileName, List<ImportProblem> problems, List<ImportProblem> warnings) {
        OrganisationRows converter = new OrganisationRows(lookups, warnings);
        List<OrganisationTreePlan.Node> nodes = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (SheetTable.Row row : table.rows()) {
            Optional<OrganisationTreePlan.Node> node = converter.convert(new CellText(row, mapping, problems));
            if (node.isEmpty()) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(node.get().code(), row.number());
            if (first != null) {
                problems.add(ImportProblem.of(row.number(), ImportColumn.O_CODE.header(), "import.problem.duplicateInFile",
                        first, node.get().code()));
            } else {
                nodes.add(node.get());
            }
        }
        OrganisationTreePlan.Result plan = OrganisationTreePlan.plan(nodes, lookups.allOrganisations(), within);
        problems.addAll(plan.problems());
        List<ImportRow> rows = plan.steps().stream().<ImportRow>map(s -> new ImportRow.OrganisationRow(s.node().row(),
                s.form(), s.parentCode(), s.existing() != null, s.update(), s.move())).toList();
        ImportService.Written written = imports.write(ImportKind.ORGS, rows, dryRun || !problems.isEmpty(), fileName,
                null, applyChanges);
        problems.addAll(written.problems());
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        warnings.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportReport(ImportKind.ORGS, table.rows().size(), written.committed() ? rows.size() : 0, dryRun,
                problems, warnings, plan.changes().stream().map(this::withNames).toList(), applyChanges, plan.unchanged());
    }

    /** A secretary change in names rather than record numbers. */
    private ImportChange withNames(ImportChange change) {
        if (!change.column().equals(ImportColumn.O_SECRETARY.header())) {
            return change;
        }
        return new ImportChange(change.row(), change.key(), change.column(), memberName(change.before()),
                memberName(change.after()));
    }

    private String memberName(Object id) {
        if (!(id instanceof Long memberId)) {
            return null;
        }
        try {
            return members.get(memberId).name();
        } catch (LedgerException notVisible) {
            return "#" + memberId;
        }
    }
}
