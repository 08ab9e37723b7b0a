package org.conductledger.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lays a {@link Grid} out on the composer's pages: rows grow to fit, move whole to the next page when they do
 * not fit, are split line by line when taller than a page, and header rows repeat after every break.
 */
final class GridPainter {

    private static final float PAD_X = PageLayout.mm(1.8);
    private static final float PAD_Y = PageLayout.mm(1.6);
    private static final float LEADING = 1.4f;
    private static final float RULE = 0.6f;
    /** A header or section row keeps at least this much of the next row with it. */
    private static final float KEEP_WITH_NEXT = PageLayout.mm(12);

    /** A cell's wrapped text; {@code top} lines still to draw, {@code bottom} the signature lines. */
    private record Box(Cell cell, float x, float width, List<String> top, List<String> bottom) {
        float lineHeight() {
            return cell.size() * LEADING;
        }

        float height() {
            float h = 2 * PAD_Y + top.size() * lineHeight();
            if (!bottom.isEmpty()) {
                h += (top.isEmpty() || top.equals(List.of("")) ? 0 : lineHeight() * 0.5f) + bottom.size() * lineHeight();
            }
            return Math.max(h, cell.minHeight());
        }
    }

    private record Laid(List<Box> boxes, boolean header) {
        float height() {
            return (float) boxes.stream().mapToDouble(Box::height).max().orElse(0);
        }
    }

    private final PdfComposer composer;

    GridPainter(PdfComposer composer) {
        this.composer = composer;
    }

    void paint(Grid grid) {
        PageLayout layout = composer.layout();
        float[] xs = new float[grid.columns() + 1];
        xs[0] = layout.left();
        for (int c = 0; c < grid.columns(); c++) {
            xs[c + 1] = xs[c] + (float) (grid.fraction(c) * layout.typeWidth());
        }
        List<Laid> rows = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            rows.add(lay(row, xs));
        }
        List<Laid> headers = rows.stream().filter(Laid::header).toList();
        float headerHeight = (float) headers.stream().mapToDouble(Laid::height).sum();
        for (int i = 0; i < rows.size(); i++) {
            Laid row = rows.get(i);
            boolean keep = row.header() || isSection(row);
            float need = row.height() + (keep && i + 1 < rows.size() ? Math.min(rows.get(i + 1).height(), KEEP_WITH_NEXT) : 0);
            if (need <= composer.remaining() + 0.01f) {
                draw(row, row.height());
                continue;
            }
            float fresh = layout.typeHeight() - (row.header() ? 0 : headerHeight);
            if (!composer.atPageTop() && (row.height() <= fresh || composer.remaining() < minPiece(row))) {
                breakPage(row.header() ? List.of() : headers);
            }
            while (row.height() > composer.remaining() + 0.01f) {
                Laid[] parts = split(row, composer.remaining());
                draw(parts[0], composer.remaining());
                row = parts[1];
                breakPage(row.header() ? List.of() : headers);
            }
            draw(row, row.height());
        }
    }

    private static boolean isSection(Laid row) {
        return row.boxes().size() == 1 && row.boxes().get(0).cell().role() == FontRole.HEADING;
    }

    private void breakPage(List<Laid> headers) {
        composer.newPage();
        for (Laid h : headers) {
            draw(h, h.height());
        }
    }

    /** The least height worth starting a row in: one line of its tallest-lined cell. */
    private static float minPiece(Laid row) {
        return 2 * PAD_Y + (float) row.boxes().stream().mapToDouble(Box::lineHeight).max().orElse(0);
    }

    private Laid lay(Grid.Row row, float[] xs) {
        List<Box> boxes = new ArrayList<>();
        int column = 0;
        for (Cell cell : row.cells()) {
            float x = xs[column];
            float w = xs[column + cell.span()] - x;
            column += cell.span();
            float inner = Math.max(w - 2 * PAD_X, cell.size());
            PdfFonts fonts = composer.fonts();
            List<String> top = TextWrap.wrap(cell.text(), inner, s -> fonts.width(cell.role(), s, cell.size()));
            if (!cell.bottom().isEmpty() && top.equals(List.of(""))) {
                top = List.of();
            }
            float bottomInner = Math.max(inner - 2 * cell.size(), cell.size());
            List<String> bottom = new ArrayList<>();
            for (String b : cell.bottom()) {
                bottom.addAll(TextWrap.wrap(b, bottomInner, s -> fonts.width(cell.role(), s, cell.size())));
            }
            boxes.add(new Box(cell, x, w, top, bottom));
        }
        return new Laid(boxes, row.header());
    }

    /** The part of {@code row} that fits in {@code available}, and the rest (signature lines go with the last part). */
    private static Laid[] split(Laid row, float available) {
        List<Box> now = new ArrayList<>();
        List<Box> later = new ArrayList<>();
        for (Box b : row.boxes()) {
            int fit = Math.max(0, (int) Math.floor((available - 2 * PAD_Y) / b.lineHeight()));
            List<String> all = new ArrayList<>(b.top());
            if (all.size() + (b.bottom().isEmpty() ? 0 : b.bottom().size() + 1) <= fit) {
                now.add(new Box(withoutMin(b.cell()), b.x(), b.width(), all, b.bottom()));
                later.add(new Box(withoutMin(b.cell()), b.x(), b.width(), List.of(), List.of()));
            } else {
                int take = Math.min(fit, all.size());
                now.add(new Box(withoutMin(b.cell()), b.x(), b.width(), all.subList(0, take), List.of()));
                later.add(new Box(b.cell(), b.x(), b.width(), all.subList(take, all.size()), b.bottom()));
            }
        }
        return new Laid[] {new Laid(now, row.header()), new Laid(later, row.header())};
    }

    private static Cell withoutMin(Cell c) {
        return new Cell(c.text(), c.span(), c.align(), c.role(), c.size(), 0, c.bottom(), c.vcenter());
    }

    private void draw(Laid row, float height) {
        float top = composer.y();
        PDPageContentStream cs = composer.content();
        try {
            cs.setLineWidth(RULE);
            for (Box b : row.boxes()) {
                cs.addRect(b.x(), top - height, b.width(), height);
                cs.stroke();
                drawText(b, top, height);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        composer.moveDown(height);
    }

    private void drawText(Box b, float top, float height) {
        Cell cell = b.cell();
        float lh = b.lineHeight();
        float start = top - PAD_Y;
        if (cell.vcenter() && b.bottom().isEmpty()) {
            start = top - (height - b.top().size() * lh) / 2;
        }
        PdfFonts fonts = composer.fonts();
        for (String line : b.top()) {
            float w = fonts.width(cell.role(), line, cell.size());
            float x = switch (cell.align()) {
                case LEFT -> b.x() + PAD_X;
                case CENTER -> b.x() + (b.width() - w) / 2;
                case RIGHT -> b.x() + b.width() - PAD_X - w;
            };
            composer.drawLine(line, cell.role(), cell.size(), x, start, lh);
            start -= lh;
        }
        float lineTop = top - height + PAD_Y + b.bottom().size() * lh;
        for (String line : b.bottom()) {
            float w = fonts.width(cell.role(), line, cell.size());
            composer.drawLine(line, cell.role(), cell.size(), b.x() + b.width() - PAD_X - 2 * cell.size() - w, lineTop, lh);
            lineTop -= lh;
        }
    }
}
