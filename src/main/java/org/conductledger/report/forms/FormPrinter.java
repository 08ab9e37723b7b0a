package org.conductledger.report.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.model.PrintAction;
import org.conductledger.model.PrintJob;
import org.conductledger.model.RegisterKind;
import org.conductledger.report.pdf.DocumentOptions;
import org.conductledger.report.pdf.FontSet;
import org.conductledger.report.pdf.PdfComposer;
import org.conductledger.service.PrintLogService;

/**
 * The printed forms as PDF, for the GUI and the command line. Data comes from the services, which check the
 * session's permissions (a refusal is a {@link LedgerException} with a Chinese message).
 * <ul>
 *   <li>{@link #pdf} renders for a preview and logs nothing;</li>
 *   <li>{@link #export} renders, writes to the stream and then records an EXPORT in the print log;</li>
 *   <li>{@link #print} renders, hands the bytes to the printer and then records a PRINT.</li>
 * </ul>
 * Slow (fonts, layout): call it off the JavaFX thread.
 */
public final class FormPrinter {

    private final FormServices services;
    private final PrintLogService printLog;
    private final Messages messages;
    private final Supplier<FontSet> fonts;
    private final FormText text;

    public FormPrinter(FormServices services, PrintLogService printLog, Messages messages, FontSet fonts) {
        this(services, printLog, messages, () -> fonts);
    }

    /**
     * With the faces looked for only when the first form is rendered (the GUI builds the printer on the JavaFX
     * thread, where looking for fonts on the disk is not allowed).
     */
    public FormPrinter(FormServices services, PrintLogService printLog, Messages messages, Supplier<FontSet> fonts) {
        this.services = services;
        this.printLog = printLog;
        this.messages = messages;
        this.fonts = fonts;
        this.text = new FormText(messages);
    }

    /** The form as PDF bytes, for a preview: nothing is logged. */
    public byte[] pdf(FormKind kind, long id, FormOptions options) {
        return render(kind, prepare(kind, id), options);
    }

    /** Writes the form to {@code out} and records the export in the print log. */
    public void export(FormKind kind, long id, FormOptions options, OutputStream out) {
        PrintedForm form = prepare(kind, id);
        byte[] pdf = render(kind, form, options);
        try {
            out.write(pdf);
            out.flush();
        } catch (IOException e) {
            throw new LedgerException(e, "error.form.write");
        }
        printLog.record(PrintJob.form(PrintAction.EXPORT, kind.document(), "PDF", id, summary(kind, form, options)));
    }

    /**
     * Writes the form to {@code file} whole or not at all (beside it, then moved into place) and only then
     * records the export, so the log never names a file that does not exist.
     */
    public void save(FormKind kind, long id, FormOptions options, java.nio.file.Path file) {
        PrintedForm form = prepare(kind, id);
        byte[] pdf = render(kind, form, options);
        org.conductledger.exchange.AtomicFile.write(file, out -> out.write(pdf));
        printLog.record(PrintJob.form(PrintAction.EXPORT, kind.document(), "PDF", id, summary(kind, form, options)));
    }

    /** Sends the form to {@code printer} and records the print in the print log once it is accepted. */
    public void print(FormKind kind, long id, FormOptions options, PdfSink printer) {
        PrintedForm form = prepare(kind, id);
        byte[] pdf = render(kind, form, options);
        try {
            printer.accept(pdf);
        } catch (IOException e) {
            throw new LedgerException(e, "error.form.print");
        }
        printLog.record(PrintJob.form(PrintAction.PRINT, kind.document(), "PRINTER", id, summary(kind, form, options)));
    }

    private PrintedForm prepare(FormKind kind, long id) {
        return switch (kind) {
            case ACCOUNT_REPORT -> new RegisterForms(services, text).prepare(RegisterKind.ACCOUNT, id);
            case GROUP_REPORT -> new RegisterForms(services, text).prepare(RegisterKind.GROUP, id);
            case FILING -> new RegisterForms(services, text).prepare(RegisterKind.FILING, id);
            case MEMBER_REPORTS -> new MemberReportsForm(services, text).prepare(id);
            case INTAKE -> new CaseForms(services, text).intake(id);
            case DISPOSAL -> new CaseForms(services, text).disposal(id);
            case STATEMENT -> new CaseForms(services, text).statement(id);
            case DECISION -> new DecisionForm(services, text).prepare(id);
            case DOSSIER -> new DossierForm(services, text).prepare(id);
        };
    }

    private byte[] render(FormKind kind, PrintedForm form, FormOptions options) {
        DocumentOptions frame = DocumentOptions.portrait().withNumberLine(form.numberLine()).withTitle(form.title())
                .withAuthor(messages.get("app.title"));
        if (options.internalFor(kind)) {
            frame = frame.withMark(messages.get("form.mark.internal"));
        }
        PdfComposer doc = new PdfComposer(fonts.get(), frame);
        form.body().accept(doc);
        try {
            return doc.toBytes();
        } catch (UncheckedIOException e) {
            throw new LedgerException(e.getCause(), "error.form.render");
        }
    }

    private static String summary(FormKind kind, PrintedForm form, FormOptions options) {
        return "form: " + kind.cliName() + "; " + form.summary() + "; internal mark: " + (options.internalFor(kind) ? "yes" : "no");
    }
}
