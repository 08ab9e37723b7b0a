package org.conductledger.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportChange;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.ImportReport;
import org.conductledger.model.ImportRow;
import org.conductledger.model.Organisation;
import org.conductledger.service.ImportService;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.RegisterService;

/**
 * Imports a members, register or organisation spreadsheet: reads the file, maps its columns, turns each row
 * into a form (listing every cell that cannot be read), then has {@link ImportService} write all rows in one
 * transaction — or none, listing every row's problems. The GUI previews with a dry run first; the CLI runs
 * {@code import}. Labels are read in Chinese whatever the UI language: the sheets are Chinese. Organisation
 * sheets go through {@link OrganisationImporter} (order, cycles, changes to confirm).
 */
public final class Importer {

    private final OrganisationService organisations;
    private final MemberService members;
    private final RegisterService registers;
    private final ImportService imports;
    private final Messages chinese;
    private final java.util.function.IntSupplier maxRows;

    /** {@code maxRows} is asked when a file is read (a setting: read in the background, not when built). */
    public Importer(OrganisationService organisations, MemberService members, RegisterService registers,
                    ImportService imports, Messages chinese, java.util.function.IntSupplier maxRows) {
        this.organisations = organisations;
        this.members = members;
        this.registers = registers;
        this.imports = imports;
        this.chinese = chinese;
        this.maxRows = maxRows;
    }

    /** Reads {@code file} (after checking the user may import {@code kind} at all). */
    public SheetTable read(ImportKind kind, Path file, Charset charset) {
        imports.requireAllowed(kind);
        return new SheetReader(maxRows.getAsInt()).read(file, charset);
    }

    /** The kinds the user may import (the others are not offered). */
    public List<ImportKind> importableKinds() {
        return java.util.Arrays.stream(ImportKind.values()).filter(imports::allows).toList();
    }

    /** {@link #run(ImportKind, SheetTable, ColumnMapping, Long, boolean, boolean, String)} confirming no changes. */
    public ImportReport run(ImportKind kind, SheetTable table, ColumnMapping mapping, Long withinOrgId, boolean dryRun,
                            String fileName) {
        return run(kind, table, mapping, withinOrgId, dryRun, false, fileName);
    }

    /**
     * Checks and, unless {@code dryRun} or anything is wrong, writes the rows of {@code table}.
     * {@code withinOrgId}: the organisation the import is for (blank 所在党组织 means it; every row must fall
     * in its subtree), or null — for organisations then the user's own (blank 上级党组织代码 means it).
     * {@code applyChanges}: the user confirmed the changes an organisation sheet makes to organisations already
     * in the ledger; without it such a sheet writes nothing.
     */
    public ImportReport run(ImportKind kind, SheetTable table, ColumnMapping mapping, Long withinOrgId, boolean dryRun,
                            boolean applyChanges, String fileName) {
        imports.requireAllowed(kind);
        List<ImportProblem> warnings = new ArrayList<>(mapping.ignored(table.headers()));
        List<ImportProblem> problems = new ArrayList<>(mapping.missing());
        if (!problems.isEmpty()) {
            return new ImportReport(kind, table.rows().size(), 0, dryRun, problems, warnings);
        }
        ImportLookups lookups = lookups(kind);
        if (kind == ImportKind.ORGS) {
            Organisation within = withinOrgId == null ? organisations.own() : organisations.get(withinOrgId);
            return new OrganisationImporter(lookups, members, imports).run(table, mapping, within, dryRun, applyChanges,
                    fileName, problems, warnings);
        }
        Organisation within = withinOrgId == null ? null : organisations.get(withinOrgId);
        List<ImportRow> rows = new ArrayList<>();
        java.util.Map<String, Integer> firstRowOf = new java.util.HashMap<>();
        for (SheetTable.Row row : table.rows()) {
            CellText cells = new CellText(row, mapping, problems);
            int before = problems.size();
            Optional<ImportRow> converted = kind == ImportKind.MEMBERS ? new MemberRows(lookups, within).convert(cells)
                    : new RegisterRows(kind, lookups, within).convert(cells);
            // A row repeating an earlier one of the same file is told so (not blamed on the ledger) and not written.
            String key = duplicateKey(kind, mapping, row);
            Integer first = key == null ? null : firstRowOf.putIfAbsent(key, row.number());
            if (first != null) {
                ImportColumn column = kind == ImportKind.MEMBERS ? ImportColumn.M_ID_NUMBER
                        : ImportColumn.valueOf(kind.name().charAt(0) + "_IDENTIFIER");
                problems.add(ImportProblem.of(row.number(), column.header(), "import.problem.duplicateInFile", first,
                        key.substring(key.indexOf(':') + 1)));
                continue;
            }
            if (problems.size() == before) {
                converted.ifPresent(rows::add);
            }
        }
        boolean readable = problems.isEmpty();
        ImportService.Written written = imports.write(kind, rows, dryRun || !readable, fileName,
                chinese.get("import.statusReason"));
        problems.addAll(written.problems());
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportReport(kind, table.rows().size(), written.committed() ? rows.size() : 0, dryRun, problems, warnings);
    }

    /** What makes a row the same record as another: the ID number (members), platform and account or group ID. */
    private static String duplicateKey(ImportKind kind, ColumnMapping mapping, SheetTable.Row row) {
        if (kind == ImportKind.MEMBERS) {
            String id = raw(mapping, row, ImportColumn.M_ID_NUMBER);
            return id == null ? null : "id:" + id.toUpperCase(java.util.Locale.ROOT);
        }
        String prefix = kind.name().charAt(0) + "_";
        String platform = raw(mapping, row, ImportColumn.valueOf(prefix + "PLATFORM"));
        String identifier = raw(mapping, row, ImportColumn.valueOf(prefix + "IDENTIFIER"));
        return platform == null || identifier == null ? null
                : platform + ":" + platform + " " + identifier.toLowerCase(java.util.Locale.ROOT);
    }

    private static String raw(ColumnMapping mapping, SheetTable.Row row, ImportColumn column) {
        Integer index = mapping.indexOf(column);
        Object value = index == null ? null : row.cell(index);
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private ImportLookups lookups(ImportKind kind) {
        boolean registerKind = kind.registerKind() != null;
        return new ImportLookups(organisations.all(), registerKind ? registers.platforms() : List.of(),
                registerKind ? registers.groupCategories() : List.of(), members::currentByIdNumber, chinese);
    }

    /** A change in words: "第 5 行 ZB01“党组织名称”：第一支部 → 第一党支部" (a blank value as 空). */
    public static String describe(Messages messages, ImportChange change) {
        return messages.get("import.change.line", change.row(), change.key(), change.column(), shown(messages, change.before()),
                shown(messages, change.after()));
    }

    private static Object shown(Messages messages, Object value) {
        return value == null ? messages.get("import.change.empty") : value;
    }

    /** A problem in words: "第 5 行「入党日期」：…" (or the file's, or a row's, without the parts it lacks). */
    public static String describe(Messages messages, ImportProblem problem) {
        String text = messages.get(problem.messageKey(), problem.args().toArray());
        if (problem.row() <= 1) {
            return text;
        }
        return problem.column() == null ? messages.get("import.problem.atRow", problem.row(), text)
                : messages.get("import.problem.atCell", problem.row(), problem.column(), text);
    }
}
