package org.conductledger.report.pdf;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductledger.exchange.TableData;

/**
 * Wide tables (the registers, 台账) as PDF: the title and subtitle on the first page, each {@link TableData} as
 * a ruled grid with its header row repeated on every page, column widths in proportion to their content
 * (every column at least two characters wide), long values wrapped. Numbers are right-aligned, dates and
 * flags centred. With several tables each starts on a new page under its sheet name.
 *
 * <pre>{@code
 * new TablePdf(fonts).write(List.of(table), TableOptions.of("以职务身份注册账号报告台账")
 *         .withSubtitle("第一党支部　2026年").withRowNumbers("序号").withMark("内部资料"), out);
 * }</pre>
 */
public final class TablePdf {

    /** How many rows are measured to size the columns. */
    private static final int SAMPLE = 400;
    /** No column takes more than this share of the width on content alone. */
    private static final double MAX_SHARE = 0.35;

    private final FontSet fonts;

    public TablePdf(FontSet fonts) {
        this.fonts = fonts;
    }

    public void write(List<TableData> tables, TableOptions options, OutputStream out) {
        compose(tables, options).writeTo(out);
    }

    public byte[] toBytes(List<TableData> tables, TableOptions options) {
        return compose(tables, options).toBytes();
    }

    private PdfComposer compose(List<TableData> tables, TableOptions options) {
        DocumentOptions frame = (options.landscape() ? DocumentOptions.landscape() : DocumentOptions.portrait())
                .withMark(options.mark()).withNumberLine(options.numberLine()).withTitle(options.title());
        PdfComposer doc = new PdfComposer(fonts, frame);
        if (options.title() != null) {
            doc.title(options.title());
        }
        if (options.subtitle() != null) {
            doc.subtitle(options.subtitle());
        }
        for (int t = 0; t < tables.size(); t++) {
            TableData table = tables.get(t);
            if (t > 0) {
                doc.newPage();
            }
            if (tables.size() > 1 && table.sheetName() != null) {
                doc.heading(table.sheetName());
            }
            doc.grid(grid(doc, table, options));
        }
        return doc;
    }

    private Grid grid(PdfComposer doc, TableData table, TableOptions options) {
        boolean numbered = options.rowNumberHeader() != null;
        List<String> headers = new ArrayList<>();
        if (numbered) {
            headers.add(options.rowNumberHeader());
        }
        headers.addAll(table.headers());
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = new ArrayList<>();
            if (numbered) {
                row.add(r + 1);
            }
            row.addAll(table.rows().get(r));
            rows.add(row);
        }
        float size = options.fontSize();
        Grid grid = new Grid(widths(doc, headers, rows, options));
        List<Cell> head = new ArrayList<>();
        for (String h : headers) {
            head.add(Cell.header(h).font(FontRole.HEADING, size));
        }
        grid.header(head);
        for (List<Object> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                Object v = c < row.size() ? row.get(c) : null;
                cells.add(Cell.value(text(v, options)).align(align(v)).font(FontRole.BODY, size));
            }
            grid.row(cells);
        }
        return grid;
    }

    private double[] widths(PdfComposer doc, List<String> headers, List<List<Object>> rows, TableOptions options) {
        float size = options.fontSize();
        double available = doc.layout().typeWidth();
        double pad = PageLayout.mm(3.6);
        double[] min = new double[headers.size()];
        double[] want = new double[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            String headPart = h.length() <= 4 ? h : h.substring(0, 4);
            min[c] = Math.max(doc.width(FontRole.HEADING, "汉汉", size), doc.width(FontRole.HEADING, headPart, size)) + pad;
            double natural = doc.width(FontRole.HEADING, h, size);
            for (int r = 0; r < Math.min(rows.size(), SAMPLE); r++) {
                List<Object> row = rows.get(r);
                if (c < row.size()) {
                    natural = Math.max(natural, doc.width(FontRole.BODY, text(row.get(c), options), size));
                }
            }
            want[c] = Math.max(min[c], Math.min(natural + pad, available * MAX_SHARE));
        }
        double sumWant = java.util.Arrays.stream(want).sum();
        double sumMin = java.util.Arrays.stream(min).sum();
        if (sumWant <= available) {
            return want;                                   // Grid stretches them to the full width
        }
        if (sumMin >= available) {
            return min;
        }
        double[] out = new double[want.length];
        double shrink = (available - sumMin) / (sumWant - sumMin);
        for (int c = 0; c < want.length; c++) {
            out[c] = min[c] + (want[c] - min[c]) * shrink;
        }
        return out;
    }

    private static String text(Object v, TableOptions options) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? options.yes() : options.no();
        }
        if (v instanceof LocalDate d) {
            return options.dateFormat().format(d);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private static Align align(Object v) {
        if (v instanceof Number) {
            return Align.RIGHT;
        }
        if (v instanceof LocalDate || v instanceof Boolean) {
            return Align.CENTER;
        }
        return Align.LEFT;
    }
}
