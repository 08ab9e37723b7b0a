package org.conductledger.exchange;

import java.util.List;

/**
 * A spreadsheet as read: the header row and the data rows below it, each cell a {@code String},
 * {@code java.math.BigDecimal}, {@code java.time.LocalDate}, {@code Boolean} or null. {@code source}
 * says how it was read ("xlsx", or the CSV's character set) for the preview.
 */
public record SheetTable(List<String> headers, List<Row> rows, String source) {

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row with its row number as the spreadsheet program shows it (the header is usually 1). */
    public record Row(int number, List<Object> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        public Object cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : null;
        }
    }
}
