package org.conductledger.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.conductledger.model.SheetWords;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link TableData} as a real spreadsheet (.xlsx: typed dates and numbers, bold frozen header,
 * filters, column widths, the Chinese sheet name) or as CSV in UTF-8 with a byte-order mark, so Excel on
 * Windows opens it correctly by double-click (RFC 4180, CRLF, formulas defused).
 */
public final class TableWriter {

    public void xlsx(TableData table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ConductLedger", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        writeSheet(sheet, table);
        workbook.finish();
    }

    /** Several tables, one sheet each, in the order given (sheet names must differ). */
    public void xlsx(List<TableData> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ConductLedger", "1.0");
        for (TableData table : tables) {
            writeSheet(workbook.newWorksheet(table.sheetName()), table);
        }
        workbook.finish();
    }

    /**
     * One table under title lines (e.g. the register's name, the organisation and the period), each merged
     * across the table's width. The header row below them keeps the filter and the panes freeze under it, so
     * the sheet stays a real, filterable table.
     */
    public void xlsx(TableData table, List<String> titleLines, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ConductLedger", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        int lastColumn = Math.max(0, table.headers().size() - 1);
        for (int line = 0; line < titleLines.size(); line++) {
            sheet.value(line, 0, titleLines.get(line));
            if (lastColumn > 0) {
                sheet.range(line, 0, line, lastColumn).merge();
            }
            if (line == 0) {
                sheet.style(line, 0).bold().fontSize(14).horizontalAlignment("center").set();
            } else {
                sheet.style(line, 0).horizontalAlignment("center").set();
            }
        }
        writeSheet(sheet, table, titleLines.size());
        workbook.finish();
    }

    /** Writes {@code table} into {@code sheet} (also used by the templates). */
    static void writeSheet(Worksheet sheet, TableData table) {
        writeSheet(sheet, table, 0);
    }

    /** Writes {@code table} with its header on row {@code top} (0-based) and its rows below it. */
    static void writeSheet(Worksheet sheet, TableData table, int top) {
        int[] widths = new int[table.headers().size()];
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(top, c, table.headers().get(c));
            sheet.style(top, c).bold().fillColor("EEEEEE").set();
            widths[c] = width(table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            int at = top + 1 + r;
            for (int c = 0; c < row.size() && c < widths.length; c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(at, c, n);
                } else if (v instanceof LocalDate d) {
                    sheet.value(at, c, d);
                    sheet.style(at, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Boolean b) {
                    sheet.value(at, c, SheetWords.flag(b));
                } else if (v != null) {
                    sheet.value(at, c, v.toString());
                }
                widths[c] = Math.max(widths[c], Math.min(60, width(v == null ? "" : v instanceof LocalDate ? "2000-01-01" : v.toString())));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c] + 2);
        }
        sheet.freezePane(0, top + 1);
        if (!table.headers().isEmpty()) {
            sheet.setAutoFilter(top, 0, table.headers().size() - 1);
        }
    }

    /** Display width in Excel character units: CJK characters count double. */
    private static int width(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    public void csv(TableData table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(table.headers().stream().map(h -> (Object) h).toList()));
        for (List<Object> row : table.rows()) {
            writer.write(line(row));
        }
        writer.flush();
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(TableWriter::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** Quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' so Excel does not run it. */
    public static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String v = value instanceof Boolean b ? SheetWords.flag(b) : value.toString();
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !(value instanceof Number)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
