package org.conductledger.ui.report;

import java.nio.file.Path;
import org.conductledger.report.forms.FormKind;
import org.conductledger.report.forms.FormOptions;
import org.conductledger.report.forms.FormPrinter;

/**
 * One printed form (a register form, a case paper, a decision, a dossier) as a printable document. The
 * preview logs nothing; saving writes the whole file beside the target and moves it over, and printing hands
 * the PDF to the printer — each recorded in the print log by {@link FormPrinter}.
 */
public final class FormPrintable implements Printable {

    private final FormPrinter printer;
    private final FormKind kind;
    private final long id;
    private final FormOptions options;
    private final String title;
    private final String fileName;

    public FormPrintable(FormPrinter printer, FormKind kind, long id, FormOptions options, String title, String fileName) {
        this.printer = printer;
        this.kind = kind;
        this.id = id;
        this.options = options;
        this.title = title;
        this.fileName = fileName;
    }

    public FormKind kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public byte[] preview() {
        return printer.pdf(kind, id, options);
    }

    @Override
    public void save(Path file) {
        printer.save(kind, id, options, file);
    }

    @Override
    public void print(Printer target) {
        printer.print(kind, id, options, pdf -> target.accept(pdf));
    }
}
