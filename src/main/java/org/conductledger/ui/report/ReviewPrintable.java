package org.conductledger.ui.report;

import java.nio.file.Path;
import org.conductledger.model.AnnualReview;
import org.conductledger.report.annual.ReviewOutput;

/** The annual review as a printable document: the PDF of {@link ReviewOutput}, logged on save and print. */
public final class ReviewPrintable implements Printable {

    private final ReviewOutput output;
    private final AnnualReview review;
    private final String title;

    public ReviewPrintable(ReviewOutput output, AnnualReview review, String title) {
        this.output = output;
        this.review = review;
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String fileName() {
        return title + "-" + review.orgName() + "-" + review.year() + ".pdf";
    }

    @Override
    public byte[] preview() {
        return output.render(review, ReviewOutput.Format.PDF);
    }

    @Override
    public void save(Path file) {
        output.save(review, ReviewOutput.Format.PDF, file);
    }

    @Override
    public void print(Printer printer) {
        try {
            printer.accept(output.render(review, ReviewOutput.Format.PDF));
        } catch (java.io.IOException e) {
            throw new org.conductledger.model.LedgerException(e, "error.print.failed");
        }
        output.logPrint(review);
    }
}
