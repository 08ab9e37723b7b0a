package org.conductledger.report.forms;

import java.util.function.Consumer;
import org.conductledger.report.pdf.PdfComposer;

/**
 * A form with its data read (and permissions checked) but not yet laid out: the title, the number line, a
 * summary for the print log, and the body to compose.
 */
record PrintedForm(String title, String numberLine, String summary, Consumer<PdfComposer> body) {
}
