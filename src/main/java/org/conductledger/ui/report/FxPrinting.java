package org.conductledger.ui.report;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.print.Printer.MarginType;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.conductledger.model.LedgerException;
import org.conductledger.report.pdf.PdfPages;

/**
 * Printing through the system print dialog (JavaFX {@link PrinterJob}): each PDF page is rendered at print
 * resolution and placed on A4 at its true size — the GB/T 9704 margins are in the page itself, so the printer's
 * own margins only clip white paper. {@link #begin} runs on the JavaFX thread; {@link Job#print} in the background.
 */
public final class FxPrinting {

    /** Dots per inch pages are rendered at for the printer. */
    private static final float PRINT_DPI = 200f;

    /** A page as a JavaFX image. */
    public static WritableImage image(PdfPages.Page page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(), page.argb(), 0,
                page.width());
        return image;
    }

    /**
     * Shows the print dialog; null when the user cancels it. Refused with {@code error.print.noPrinter} when the
     * computer has no printer.
     */
    public Job begin(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new LedgerException("error.print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return null;
        }
        return new Job(job);
    }

    /** A print job the user confirmed. */
    public static final class Job {
        private final PrinterJob job;
        private final AtomicInteger printed = new AtomicInteger();

        Job(PrinterJob job) {
            this.job = job;
        }

        /** Prints every page of {@code pdf} and ends the job. */
        public void print(byte[] pdf) {
            try (PdfPages pages = PdfPages.of(pdf)) {
                for (int i = 0; i < pages.count(); i++) {
                    PageLayout layout = job.getPrinter().createPageLayout(Paper.A4,
                            pages.landscape(i) ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, MarginType.HARDWARE_MINIMUM);
                    ImageView view = new ImageView(image(pages.render(i, PRINT_DPI)));
                    boolean landscape = pages.landscape(i);
                    double paperWidth = landscape ? Paper.A4.getHeight() : Paper.A4.getWidth();
                    view.setPreserveRatio(true);
                    view.setFitWidth(paperWidth);
                    view.setTranslateX(-layout.getLeftMargin());
                    view.setTranslateY(-layout.getTopMargin());
                    if (!job.printPage(layout, view)) {
                        throw new LedgerException("error.print.failed");
                    }
                    printed.incrementAndGet();
                }
            }
            if (!job.endJob()) {
                throw new LedgerException("error.print.failed");
            }
        }

        public int pagesPrinted() {
            return printed.get();
        }

        public void cancel() {
            job.cancelJob();
        }
    }
}
