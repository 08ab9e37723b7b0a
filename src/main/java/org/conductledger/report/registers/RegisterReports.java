package org.conductledger.report.registers;

import java.io.IOException;


import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.conductledger.exchange.AtomicFile;
import org.conductledger.exchange.TableData;
import org.conductledger.exchange.TableWriter;
import org.conductledger.i18n.Messages;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.PrintAction;
import org.conductledger.model.PrintJob;
import org.conductledger.model.RegisterEntry;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.PrintLogService;
import org.conductledger.service.RegisterReportService;
import org.conductledger.service.RegisterService;

/**
 * The registers (台账) of an organisation's subtree for a period, as .xlsx (a real table under a title) and PDF
 * (through a {@link TableRenderer}, landscape when wide). Data comes through {@link RegisterReportService} (which
 * defines what falls in a period and checks permissions); every file written leaves a print-log entry.
 */
public final class RegisterReports {

    private final OrganisationService organisations;
    private final RegisterReportService reads;
    private final RegisterService registers;
    private final PrintLogService printLog;
    private final Messages messages;
    private final TableRenderer pdf;
    private final RecordRegisterTables recordTables;
    private final CaseRegisterTables caseTables;
    private final TableWriter writer = new TableWriter();

    public RegisterReports(OrganisationService organisations, RegisterReportService reads, RegisterService registers,
                           PrintLogService printLog, Messages messages, TableRenderer pdf) {
        this.organisations = organisations;
        this.reads = reads;
        this.registers = registers;
        this.printLog = printLog;
        this.messages = messages;
        this.pdf = pdf;
        this.recordTables = new RecordRegisterTables(messages);
        this.caseTables = new CaseRegisterTables(messages);
    }

    /** The register of {@code type} for the organisation with {@code orgCode} (and below) over {@code period}. */
    public RegisterDocument build(RegisterType type, String orgCode, RegisterPeriod period) {
        Organisation org = organisations.byCode(orgCode);
        String sheet = sheetName(type);
        TableData table;
        List<Long> ids;
        switch (type) {
            case ACCOUNTS, GROUPS, FILINGS -> {
                List<RegisterEntry> entries = reads.records(kind(type), org.id(), period);
                table = switch (type) {
                    case ACCOUNTS -> recordTables.accounts(sheet, entries);
                    case GROUPS -> recordTables.groups(sheet, entries, registers.groupCategories().stream()
                            .collect(Collectors.toMap(GroupCategory::id, GroupCategory::name)));
                    default -> recordTables.filings(sheet, entries);
                };
                ids = entries.stream().map(e -> e.record().id()).toList();
            }
            case CASES -> {
                var entries = reads.cases(org.id(), period);
                table = caseTables.cases(sheet, entries);
                ids = entries.stream().map(c -> c.id()).toList();
            }
            case OUTCOMES -> {
                var entries = reads.outcomes(org.id(), period);
                table = caseTables.outcomes(sheet, entries);
                ids = entries.stream().map(e -> e.outcome().id()).toList();
            }
            case COMMENDATIONS -> {
                var entries = reads.commendations(org.id(), period);
                table = caseTables.commendations(sheet, entries);
                ids = entries.stream().map(e -> e.commendation().id()).toList();
            }
            default -> throw new IllegalStateException(type.name());
        }
        return new RegisterDocument(type, org, period, sheet, subtitle(org, period), table, ids);
    }

    /** The register as PDF bytes, for a preview: nothing is written and nothing logged. */
    public byte[] pdf(RegisterDocument document) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            pdf.render(document, out);
        } catch (IOException e) {
            throw new LedgerException(e, "preview.failed");
        }
        return out.toByteArray();
    }

    /** Logs that the PDF of {@code document} went to a printer (call once the printer took it). */
    public void logPrint(RegisterDocument document) {
        log(document, PrintAction.PRINT, "PRINTER");
    }

    /** Writes the register as .xlsx (title rows, then a filterable table) and logs it; returns the row count. */
    public int writeXlsx(RegisterDocument document, Path file) {
        writeAtomically(file, out -> writer.xlsx(document.table(), document.titleLines(), out));
        log(document, PrintAction.EXPORT, "XLSX");
        return document.rowCount();
    }

    /** Writes the register as PDF (landscape when wide) and logs it; returns the row count. */
    public int writePdf(RegisterDocument document, Path file) {
        writeAtomically(file, out -> pdf.render(document, out));
        log(document, PrintAction.EXPORT, "PDF");
        return document.rowCount();
    }

    private void log(RegisterDocument document, PrintAction action, String format) {
        printLog.record(new PrintJob(action, document.type().document(), format, document.organisation().id(),
                document.recordIds(), document.rowCount(), "period: " + document.period().summary()));
    }

    private static RegisterKind kind(RegisterType type) {
        return switch (type) {
            case ACCOUNTS -> RegisterKind.ACCOUNT;
            case GROUPS -> RegisterKind.GROUP;
            case FILINGS -> RegisterKind.FILING;
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    /** The Chinese sheet name, which is also the register's title (at most 31 characters, none of []:*?/\). */
    private String sheetName(RegisterType type) {
        return messages.get(switch (type) {
            case ACCOUNTS -> "registerReport.sheet.accounts";
            case GROUPS -> "registerReport.sheet.groups";
            case FILINGS -> "registerReport.sheet.filings";
            case CASES -> "registerReport.sheet.cases";
            case OUTCOMES -> "registerReport.sheet.outcomes";
            case COMMENDATIONS -> "registerReport.sheet.commendations";
        });
    }

    private String subtitle(Organisation org, RegisterPeriod period) {
        LocalDate today = reads.today();
        if (period.from() == null) {
            return messages.get("registerReport.subtitleUntil", org.name(), date(period.endOr(today)), date(today));
        }
        return messages.get("registerReport.subtitle", org.name(), date(period.from()), date(period.endOr(today)),
                date(today));
    }

    private String date(LocalDate d) {
        return messages.get("registerReport.date", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getDayOfMonth()));
    }

    private static void writeAtomically(Path file, AtomicFile.Body body) {
        AtomicFile.write(file, body);
    }
}
