package org.conductledger.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A finished PDF's pages as pixels, for the preview and for printing through the system print dialog: the
 * UI turns them into its own images. Rendering is slow; never call it on the JavaFX thread.
 */
public final class PdfPages implements AutoCloseable {

    /** One rendered page: width × height pixels, ARGB, row by row. */
    public record Page(int width, int height, int[] argb) {
    }

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages of(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code dpi} dots per inch. */
    public synchronized Page render(int index, float dpi) {
        try {
            BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
            int w = image.getWidth();
            int h = image.getHeight();
            return new Page(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether page {@code index} is wider than high (a landscape register). */
    public boolean landscape(int index) {
        var box = document.getPage(index).getMediaBox();
        return box.getWidth() > box.getHeight();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
