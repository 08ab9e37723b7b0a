package org.conductledger.report.registers;

import java.io.OutputStream;
import java.util.List;
import org.conductledger.i18n.Messages;
import org.conductledger.report.pdf.TableOptions;
import org.conductledger.report.pdf.TablePdf;

/**
 * Registers through the PDF engine's wide-table renderer: title and subtitle on the first page, the header row
 * repeated on every page, landscape when the register is wide, portrait otherwise. Every register names members
 * and so carries the "内部资料" mark.
 */
public final class TablePdfRenderer implements TableRenderer {

    private final TablePdf pdf;
    private final Messages messages;

    public TablePdfRenderer(TablePdf pdf, Messages messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    @Override
    public void render(RegisterDocument document, OutputStream out) {
        // On paper the organisation, the period and the date of the table each take a centred line of their
        // own (on one line they wrap at an arbitrary character).
        TableOptions options = TableOptions.of(document.title()).withSubtitle(document.subtitle().replace("　", "\n"))
                .withMark(messages.get("form.mark.internal"));
        pdf.write(List.of(document.table()), document.wide() ? options : options.portrait(), out);
    }
}
