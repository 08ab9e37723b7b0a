package org.conductledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.ImportRow;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.store.Transactions;

/**
 * Writes the rows of an imported spreadsheet through the ordinary use cases (the same validation, duplicate
 * refusal, filing numbers and audit entries as one by one), all in one transaction: every row's problems are
 * collected (each row in its own savepoint), and unless there are none the whole transaction is rolled back —
 * as it always is on a dry run. Nothing is merged: a row that would duplicate a record is a problem — except
 * in an organisation sheet, whose rows are keyed by code: there a row for an existing code changes that
 * organisation (rename, retype, move), and only when the user confirmed the changes; otherwise the whole sheet
 * is rolled back too.
 */
public final class ImportService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final MemberService members;
    private final RegisterService registers;
    private final OrganisationService organisations;
    private final Clock clock;
    private final org.conductledger.store.SettingRepository settings;

    public static final String MAX_ROWS_SETTING = "limits.importRows";
    public static final int DEFAULT_MAX_ROWS = 200_000;

    public ImportService(Session session, AuditLog audit, Transactions transactions, MemberService members,
                         RegisterService registers, OrganisationService organisations,
                         org.conductledger.store.SettingRepository settings, Clock clock) {
        this.organisations = organisations;
        this.settings = settings;
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.members = members;
        this.registers = registers;
        this.clock = clock;
    }

    /** What writing the rows gave: the problems found (none: all written, unless a dry run). */
    public record Written(int rows, boolean committed, List<ImportProblem> problems) {
    }

    /** Throws out of the transaction to roll it back; never seen outside this class. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    /** The most data rows an imported file may have (a larger one is refused whole). */
    public int maxRows() {
        return settings.get(MAX_ROWS_SETTING).map(Integer::parseInt).orElse(DEFAULT_MAX_ROWS);
    }

    public void setMaxRows(int rows) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        if (rows < 1 || rows > 1_000_000) {
            throw new ValidationException(Problem.of(null, "validation.import.maxRows"));
        }
        int before = maxRows();
        transactions.run(() -> {
            settings.put(MAX_ROWS_SETTING, Integer.toString(rows));
            audit.record(session, AuditAction.SETTINGS_CHANGE, "setting", MAX_ROWS_SETTING, "rows: " + before + " → " + rows);
        });
    }

    /** Checks the permission for importing {@code kind} (auditing a refusal) before any file is read. */
    public void requireAllowed(ImportKind kind) {
        audit.require(session, permission(kind));
    }

    /** Whether the user may import {@code kind} (what the dialog offers; nothing is audited). */
    public boolean allows(ImportKind kind) {
        return session.has(permission(kind));
    }

    private static Permission permission(ImportKind kind) {
        return switch (kind) {
            case MEMBERS -> Permission.MEMBER_WRITE;
            case ORGS -> Permission.ORG_WRITE;
            case ACCOUNTS, GROUPS, FILINGS -> Permission.REGISTER_WRITE;
        };
    }

    /** {@link #write(ImportKind, List, boolean, String, String, boolean)} with no changes confirmed. */
    public Written write(ImportKind kind, List<ImportRow> rows, boolean dryRun, String fileName, String statusReason) {
        return write(kind, rows, dryRun, fileName, statusReason, false);
    }

    /**
     * Writes {@code rows}; {@code statusReason} is recorded with a status taken over from the sheet (dated the
     * day of the import, which is when it was recorded here). Rows that change existing organisations are
     * checked like the others but kept only when {@code applyChanges}; without it everything is rolled back.
     */
    public Written write(ImportKind kind, List<ImportRow> rows, boolean dryRun, String fileName, String statusReason,
                         boolean applyChanges) {
        requireAllowed(kind);
        List<ImportProblem> problems = new ArrayList<>();
        boolean unconfirmed = !applyChanges && rows.stream()
                .anyMatch(r -> r instanceof ImportRow.OrganisationRow o && o.existing());
        // A row below an organisation that could not be written is not checked (it would only say "not found").
        java.util.Set<String> refusedCodes = new java.util.HashSet<>();
        try {
            transactions.inTransaction(() -> {
                if (kind == ImportKind.MEMBERS) {
                    writeMembers(rows, dryRun, problems);
                }
                for (ImportRow row : kind == ImportKind.MEMBERS ? List.<ImportRow>of() : rows) {
                    if (row instanceof ImportRow.OrganisationRow o && refusedCodes.contains(o.parentCode())) {
                        refusedCodes.add(o.form().code());
                        continue;
                    }
                    int before = problems.size();
                    try {
                        writeRow(row, statusReason);
                    } catch (ValidationException e) {
                        for (Problem p : e.problems()) {
                            ImportColumn column = ImportColumn.forField(kind, p.field());
                            problems.add(new ImportProblem(row.row(), column == null ? null : column.header(), p.messageKey(),
                                    p.args()));
                        }
                    } catch (LedgerException e) {
                        problems.add(new ImportProblem(row.row(), null, e.messageKey(), e.args()));
                    }
                    if (problems.size() > before && row instanceof ImportRow.OrganisationRow o) {
                        refusedCodes.add(o.form().code());
                    }
                }
                if (dryRun || !problems.isEmpty() || rows.isEmpty() || unconfirmed) {
                    throw new RollBack();
                }
                audit.record(session, AuditAction.IMPORT, auditObject(kind), null, summary(kind, rows, fileName));
                return null;
            });
        } catch (RollBack rolledBack) {
            return new Written(rows.size(), false, problems);
        }
        return new Written(rows.size(), true, problems);
    }

    /**
     * Members go through MemberService.createAll: every row checked as one create would check it, then all written
     * as batches (each with its CREATE entry) — the same result as row by row, without a round trip per row.
     */
    private void writeMembers(List<ImportRow> rows, boolean dryRun, List<ImportProblem> problems) {
        List<ImportRow.MemberRow> memberRows = rows.stream().map(r -> (ImportRow.MemberRow) r).toList();
        members.createAll(memberRows.stream().map(ImportRow.MemberRow::form).toList(), !dryRun).forEach((index, found) -> {
            for (Problem p : found) {
                ImportColumn column = ImportColumn.forField(ImportKind.MEMBERS, p.field());
                problems.add(new ImportProblem(memberRows.get(index).row(), column == null ? null : column.header(), p.messageKey(),
                        p.args()));
            }
        });
    }

    private static String auditObject(ImportKind kind) {
        return switch (kind) {
            case MEMBERS -> "member";
            case ORGS -> "organisation";
            case ACCOUNTS, GROUPS, FILINGS -> "register";
        };
    }

    private static String summary(ImportKind kind, List<ImportRow> rows, String fileName) {
        String counts = "rows: " + rows.size();
        if (kind == ImportKind.ORGS) {
            long changed = rows.stream().filter(r -> ((ImportRow.OrganisationRow) r).existing()).count();
            counts += "; added: " + (rows.size() - changed) + "; changed: " + changed;
        }
        return "kind: " + kind.name() + "; " + counts + "; file: " + fileName;
    }

    private void writeRow(ImportRow row, String statusReason) {
        if (row instanceof ImportRow.OrganisationRow o) {
            writeOrganisation(o);
        } else if (row instanceof ImportRow.MemberRow m) {
            members.create(m.form());
        } else if (row instanceof ImportRow.RegisterRow r) {
            RegisterRecord created = registers.create(r.form(), r.filingNo());
            if (r.status() != null && r.status() != created.status()) {
                registers.changeStatus(created.id(), r.status(), LocalDate.now(clock), statusReason);
            }
        }
    }

    /** Through the same use cases as the tree's buttons (validation, placement rules, scope, audit entries). */
    private void writeOrganisation(ImportRow.OrganisationRow row) {
        if (!row.existing()) {
            organisations.create(organisations.byCode(row.parentCode()).id(), row.form());
            return;
        }
        Organisation current = organisations.byCode(row.form().code());
        // A new type is checked against the parent it has then: when it would not fit the old parent, move first.
        boolean moveFirst = row.move() && row.update() && current.parentId() != null
                && !organisations.get(current.parentId()).type().mayContain(row.form().type());
        if (moveFirst) {
            organisations.move(current.id(), organisations.byCode(row.parentCode()).id());
            current = organisations.get(current.id());
        }
        if (row.update()) {
            current = organisations.update(current.id(), current.version(), row.form());
        }
        if (row.move() && !moveFirst) {
            organisations.move(current.id(), organisations.byCode(row.parentCode()).id());
        }
    }
}
