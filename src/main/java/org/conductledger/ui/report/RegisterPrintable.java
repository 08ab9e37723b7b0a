package org.conductledger.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import org.conductledger.model.LedgerException;
import org.conductledger.report.registers.RegisterDocument;
import org.conductledger.report.registers.RegisterReports;

/** A register (台账) as a printable document: its PDF, unlogged for the preview, logged on save and print. */
public final class RegisterPrintable implements Printable {

    private final RegisterReports reports;
    private final RegisterDocument document;
    private final String fileName;

    /** {@code fileName} is the suggested name of the PDF (title, organisation, period). */
    public RegisterPrintable(RegisterReports reports, RegisterDocument document, String fileName) {
        this.reports = reports;
        this.document = document;
        this.fileName = fileName;
    }

    @Override
    public String title() {
        return document.title();
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public byte[] preview() {
        return reports.pdf(document);
    }

    @Override
    public void save(Path file) {
        reports.writePdf(document, file);
    }

    @Override
    public void print(Printer printer) {
        try {
            printer.accept(reports.pdf(document));
        } catch (IOException e) {
            throw new LedgerException(e, "error.print.failed");
        }
        reports.logPrint(document);
    }
}
