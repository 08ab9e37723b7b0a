package org.conductledger.report.annual;

import org.conductledger.model.AnnualReview;

/** The annual review as a PDF (tables and charts). */
public interface ReviewPdf {

    byte[] render(AnnualReview review) throws java.io.IOException;
}
