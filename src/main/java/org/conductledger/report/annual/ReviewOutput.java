package org.conductledger.report.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.conductledger.exchange.AtomicFile;
import org.conductledger.exchange.TableWriter;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.PrintAction;
import org.conductledger.model.PrintJob;
import org.conductledger.service.PrintLogService;

/**
 * The annual review written out — JSON, .xlsx (a sheet per table) or PDF — each save and each print logged in
 * the print log. Rendering alone (the preview) logs nothing.
 */
public final class ReviewOutput {

    /** The formats a review is saved in. */
    public enum Format { PDF, XLSX, JSON }

    public static final String DOCUMENT = "ANNUAL";

    private final Messages messages;
    private final PrintLogService printLog;
    private final ReviewPdf pdf;

    public ReviewOutput(Messages messages, PrintLogService printLog, ReviewPdf pdf) {
        this.messages = messages;
        this.printLog = printLog;
        this.pdf = pdf;
    }

    public byte[] render(AnnualReview review, Format format) {
        try {
            return switch (format) {
                case JSON -> new ReviewJson().write(review).getBytes(StandardCharsets.UTF_8);
                case XLSX -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new TableWriter().xlsx(new ReviewTables(messages).all(review), out);
                    yield out.toByteArray();
                }
                case PDF -> pdf.render(review);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the review to {@code file} whole or not at all, then logs it. */
    public void save(AnnualReview review, Format format, Path file) {
        byte[] bytes = render(review, format);
        AtomicFile.write(file, out -> out.write(bytes));
        log(review, PrintAction.EXPORT, format.name(), file.getFileName().toString());
    }

    /** Logs a print of the review's PDF (the UI prints it). */
    public void logPrint(AnnualReview review) {
        log(review, PrintAction.PRINT, "PRINTER", null);
    }

    private void log(AnnualReview review, PrintAction action, String format, String fileName) {
        printLog.record(new PrintJob(action, DOCUMENT, format, review.orgId(), List.of(), review.byOrg().size(),
                "year: " + review.year() + "; org: " + review.orgCode() + (fileName == null ? "" : "; file: " + fileName)));
    }
}
