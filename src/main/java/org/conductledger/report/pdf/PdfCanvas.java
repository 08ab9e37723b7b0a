package org.conductledger.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A box on the page to draw vector graphics in (charts): coordinates in points from the box's bottom-left
 * corner, text in the document's fonts (embedded like all other text). Given to a {@link PdfComposer.Drawing}.
 */
public final class PdfCanvas {

    private final PDPageContentStream content;
    private final PdfFonts fonts;
    private final float left;
    private final float bottom;
    private final float width;
    private final float height;

    PdfCanvas(PDPageContentStream content, PdfFonts fonts, float left, float bottom, float width, float height) {
        this.content = content;
        this.fonts = fonts;
        this.left = left;
        this.bottom = bottom;
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** A filled rectangle in grey ({@code 0} black … {@code 1} white): prints the same on any printer. */
    public void fill(float x, float y, float w, float h, float grey) throws IOException {
        content.saveGraphicsState();
        content.setNonStrokingColor(grey);
        content.addRect(left + x, bottom + y, w, h);
        content.fill();
        content.restoreGraphicsState();
    }

    /** A thin black line. */
    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        content.saveGraphicsState();
        content.setLineWidth(lineWidth);
        content.moveTo(left + x1, bottom + y1);
        content.lineTo(left + x2, bottom + y2);
        content.stroke();
        content.restoreGraphicsState();
    }

    /** Text with its baseline at {@code y}, starting at {@code x} (or ending there, or centred on it). */
    public void text(String text, FontRole role, float size, float x, float y, Align align) throws IOException {
        float w = fonts.width(role, text, size);
        float at = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        fonts.show(content, role, text, left + at, bottom + y, size);
    }

    public float textWidth(String text, FontRole role, float size) {
        return fonts.width(role, text, size);
    }
}
