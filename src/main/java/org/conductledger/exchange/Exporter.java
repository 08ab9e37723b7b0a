package org.conductledger.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImportKind;
import org.conductledger.model.Member;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.service.ExportService;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.RegisterService;

/**
 * Writes lists out as .xlsx or CSV (UTF-8 with BOM): the roster and the registers in the import columns (so
 * they can be imported again), any other list as shown; the import templates. A file is written beside its
 * target and moved into place only when complete; every export is audited.
 */
public final class Exporter {

    /** The two file formats every list exports to. */
    public enum Format {
        XLSX, CSV;

        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
        }
    }

    private final OrganisationService organisations;
    private final MemberService members;
    private final RegisterService registers;
    private final ExportService exports;
    private final Messages chinese;
    private final TableWriter writer = new TableWriter();

    public Exporter(OrganisationService organisations, MemberService members, RegisterService registers,
                    ExportService exports, Messages chinese) {
        this.organisations = organisations;
        this.members = members;
        this.registers = registers;
        this.exports = exports;
        this.chinese = chinese;
    }

    public boolean mayExportFullIds() {
        return exports.mayExportFullIds();
    }

    /** The current members of {@code orgId} (and below) in the members import columns. */
    public int members(long orgId, boolean subtree, boolean fullIds, Path file) {
        return members(members.roster(orgId, subtree, false).stream().map(MemberSummary::id).toList(), fullIds, file,
                "org: " + orgId + (subtree ? " (subtree)" : ""));
    }

    /** The members {@code memberIds} (e.g. the roster as filtered on screen) in the members import columns. */
    public int members(List<Long> memberIds, boolean fullIds, Path file, String description) {
        if (fullIds) {
            exports.requireFullIds();
        }
        List<Member> list = new ArrayList<>();
        for (long id : memberIds) {
            list.add(members.get(id));
        }
        TableData table = sheets().members(chinese.label(ImportKind.MEMBERS), list, fullIds);
        write(table, file);
        exports.recordExport("member", "kind: MEMBERS; " + description, table.rows().size(), Format.of(file).name(), fullIds);
        return table.rows().size();
    }

    /** The open and closed records of a register (newest versions) in its import columns. */
    public int register(RegisterKind kind, List<RegisterRecord> records, boolean fullIds, Path file, String description) {
        if (fullIds) {
            exports.requireFullIds();
        }
        TableData table = sheets().registers(chinese.label(kind), kind, records, fullIds);
        write(table, file);
        exports.recordExport("register", "kind: " + kind.name() + "; " + description, table.rows().size(),
                Format.of(file).name(), fullIds);
        return table.rows().size();
    }

    /** Convenience for the CLI and tests: a whole register of {@code orgId}. */
    public int register(RegisterKind kind, long orgId, boolean subtree, boolean fullIds, Path file) {
        return register(kind, registers.list(kind, orgId, subtree), fullIds, file,
                "org: " + orgId + (subtree ? " (subtree)" : ""));
    }

    /** Any list as the user sees it (its columns and filter), e.g. the case list or the 影响期 list. */
    public int table(TableData table, Path file, String what) {
        write(table, file);
        exports.recordExport(what, "list: " + table.sheetName(), table.rows().size(), Format.of(file).name(), false);
        return table.rows().size();
    }

    /** The empty template of {@code kind} with drop-down lists and an instructions sheet. */
    public void template(ImportKind kind, Path file) {
        ImportLookups lookups = lookups();
        writeAtomically(file, out -> new TemplateWriter(chinese, lookups).write(kind, out));
    }

    private ExchangeSheets sheets() {
        return new ExchangeSheets(lookups(), registers.groupCategories());
    }

    private ImportLookups lookups() {
        return new ImportLookups(organisations.all(), registers.platforms(), registers.groupCategories(),
                id -> java.util.Optional.empty(), chinese);
    }

    private void write(TableData table, Path file) {
        Format format = Format.of(file);
        writeAtomically(file, out -> {
            if (format == Format.CSV) {
                writer.csv(table, out);
            } else {
                writer.xlsx(table, out);
            }
        });
    }

    private static void writeAtomically(Path file, AtomicFile.Body body) {
        AtomicFile.write(file, body);
    }
}
