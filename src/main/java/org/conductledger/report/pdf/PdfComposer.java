package org.conductledger.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The PDF engine: lays out an official document (A4, GB/T 9704 frame) from the top down and renders it to
 * bytes. Text is wrapped, never cut; a block that does not fit moves to the next page. Every page gets the
 * frame of its {@link DocumentOptions} once the page count is known: the mark (内部资料) top left, the number
 * line top right, the page number "— N —" below the type area (odd pages right, even left).
 *
 * <pre>{@code
 * FontSet fonts = new FontLocator(FontLocator.systemDirectories()).resolve();   // once per application
 * byte[] pdf = new PdfComposer(fonts, DocumentOptions.portrait().withMark("内部资料").withNumberLine("编号：12"))
 *         .title("个人公众账号备案表")
 *         .grid(new Grid(1, 2).row(Cell.label("姓名"), Cell.value("张三")))
 *         .paragraph("……")
 *         .toBytes();
 * }</pre>
 *
 * Use one composer per document, on a background thread (never the JavaFX thread); {@link #toBytes()} or
 * {@link #writeTo(OutputStream)} finishes it. I/O failures surface as {@link UncheckedIOException}.
 */
public final class PdfComposer {

    /** Space between blocks that are not grids joined together. */
    private static final float GAP = PageLayout.mm(3);
    private static final float PAGE_NUMBER_SIZE = TextStyle.SIZE_4;
    private static final float MARK_SIZE = TextStyle.SIZE_3;

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final DocumentOptions options;
    private final PageLayout layout;
    private final List<PDPage> pages = new ArrayList<>();
    private final GridPainter gridPainter;
    private PDPageContentStream content;
    private float y;
    private boolean afterGrid;
    private boolean finished;

    public PdfComposer(FontSet fontSet, DocumentOptions options) {
        this.fonts = new PdfFonts(document, fontSet);
        this.options = options;
        this.layout = options.layout();
        this.gridPainter = new GridPainter(this);
    }

    /** The title: 2号小标宋 (黑体 where 小标宋 is not installed), centred, wrapped if long. */
    public PdfComposer title(String text) {
        return text(text, TextStyle.TITLE).space(2);
    }

    /** A centred line under the title, e.g. the organisation and period (3号楷体). */
    public PdfComposer subtitle(String text) {
        return text(text, TextStyle.SUBTITLE).space(1);
    }

    /** A first-level heading (一、…) in 3号黑体. */
    public PdfComposer heading(String text) {
        return text(text, TextStyle.HEADING);
    }

    /** A body paragraph in 3号仿宋, first line indented two characters. */
    public PdfComposer paragraph(String text) {
        return text(text, TextStyle.BODY);
    }

    /**
     * Any text in a style; newlines start new lines. {@link Align#RIGHT} uses the style's indent as the inset from
     * the right (GB/T 9704: the signing date four characters in), {@link Align#LEFT} as a first-line indent.
     */
    public PdfComposer text(String text, TextStyle style) {
        ensurePage();
        if (afterGrid) {
            y -= GAP;
            afterGrid = false;
        }
        float inset = style.indentChars() * style.size();
        float width = style.align() == Align.LEFT ? layout.typeWidth() : layout.typeWidth() - inset;
        float firstWidth = layout.typeWidth() - inset;
        float lh = style.lineHeight();
        String clean = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : clean.split("\n", -1)) {
            List<String> lines = TextWrap.wrap(paragraph, firstWidth, width, s -> fonts.width(style.role(), s, style.size()));
            for (int i = 0; i < lines.size(); i++) {
                if (remaining() < lh) {
                    newPage();
                }
                String line = lines.get(i);
                float w = fonts.width(style.role(), line, style.size());
                float x = switch (style.align()) {
                    case LEFT -> layout.left() + (i == 0 ? inset : 0);
                    case CENTER -> layout.left() + (layout.typeWidth() - w) / 2;
                    case RIGHT -> layout.right() - inset - w;
                };
                drawLine(line, style.role(), style.size(), x, y, lh);
                y -= lh;
            }
        }
        return this;
    }

    /** Vertical space in millimetres (dropped at the top of a page). */
    public PdfComposer space(float millimetres) {
        ensurePage();
        if (y < layout.typeTop()) {
            y = Math.max(layout.typeBottom(), y - PageLayout.mm(millimetres));
        }
        return this;
    }

    /** A ruled grid; grids added one after the other join into one table. */
    public PdfComposer grid(Grid grid) {
        ensurePage();
        gridPainter.paint(grid);
        afterGrid = true;
        return this;
    }

    /** Starts a new page (nothing happens at the top of an empty page). */
    public PdfComposer newPage() {
        if (!pages.isEmpty() && y >= layout.typeTop() && content != null) {
            return this;
        }
        closeContent();
        PDPage page = new PDPage(new PDRectangle(layout.width(), layout.height()));
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = layout.typeTop();
        afterGrid = false;
        return this;
    }

    /** The width of {@code text} in points, for callers that size columns (e.g. {@link TablePdf}). */
    public float width(FontRole role, String text, float size) {
        return fonts.width(role, text, size);
    }

    public PageLayout layout() {
        return layout;
    }

    /** The faces drawn with so far (file names, e.g. simfang.ttf or wqy-microhei.ttc). */
    public List<String> faces() {
        return fonts.usedFaces();
    }

    public int pageCount() {
        return pages.size();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** Frames every page, writes the PDF and releases the document. */
    public void writeTo(OutputStream out) {
        if (finished) {
            throw new IllegalStateException("document already written");
        }
        finished = true;
        try {
            ensurePage();
            closeContent();
            frame();
            PDDocumentInformation info = document.getDocumentInformation();
            if (options.title() != null) {
                info.setTitle(options.title());
            }
            if (options.author() != null) {
                info.setAuthor(options.author());
            }
            info.setCreator("Conduct Ledger");
            info.setCreationDate(Calendar.getInstance());
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                document.close();
            } catch (IOException ignored) {
                // the bytes are written or the failure already reported
            }
            fonts.close();
        }
    }

    // ---- for GridPainter ----

    float y() {
        return y;
    }

    void moveDown(float h) {
        y -= h;
    }

    float remaining() {
        return y - layout.typeBottom();
    }

    boolean atPageTop() {
        return y >= layout.typeTop();
    }

    PDPageContentStream content() {
        return content;
    }

    PdfFonts fonts() {
        return fonts;
    }

    void ensurePage() {
        if (pages.isEmpty()) {
            newPage();
        }
    }

    /** Draws one line of text in a line box whose top is at {@code top}. */
    void drawLine(String text, FontRole role, float size, float x, float top, float lineHeight) {
        if (text.isEmpty()) {
            return;
        }
        try {
            fonts.show(content, role, text, x, baseline(top, lineHeight, size), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chinese glyphs sit about 0.38 em above the baseline at their middle: centre them in the line box. */
    static float baseline(float top, float lineHeight, float size) {
        return top - lineHeight / 2 - 0.36f * size;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /** The frame of every page, drawn once all pages exist. */
    private void frame() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream cs = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float markTop = layout.typeTop() + PageLayout.mm(4) + MARK_SIZE * 1.2f;
                if (options.mark() != null && !options.mark().isBlank()) {
                    fonts.show(cs, FontRole.HEADING, options.mark(), layout.left(), baseline(markTop, MARK_SIZE * 1.2f, MARK_SIZE),
                            MARK_SIZE);
                }
                if (options.numberLine() != null && !options.numberLine().isBlank()) {
                    float size = TextStyle.SIZE_SMALL_4;
                    float w = fonts.width(FontRole.BODY, options.numberLine(), size);
                    fonts.show(cs, FontRole.BODY, options.numberLine(), layout.right() - w,
                            baseline(markTop, MARK_SIZE * 1.2f, MARK_SIZE), size);
                }
                if (options.pageNumbers()) {
                    String number = "— " + (i + 1) + " —";
                    float w = fonts.width(FontRole.SONG, number, PAGE_NUMBER_SIZE);
                    boolean odd = (i + 1) % 2 == 1;
                    float x = odd ? layout.right() - PAGE_NUMBER_SIZE - w : layout.left() + PAGE_NUMBER_SIZE;
                    float top = layout.typeBottom() - PageLayout.mm(7);
                    fonts.show(cs, FontRole.SONG, number, x, top - PAGE_NUMBER_SIZE * 0.88f, PAGE_NUMBER_SIZE);
                }
            }
        }
    }
}
