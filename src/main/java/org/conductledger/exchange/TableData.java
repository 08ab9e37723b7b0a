package org.conductledger.exchange;

import java.util.List;

/**
 * A table to write out: a sheet name, headers, and rows of typed values ({@code String}, {@code Number},
 * {@code java.time.LocalDate}, {@code Boolean} or null), so an .xlsx gets real dates and numbers.
 */
public record TableData(String sheetName, List<String> headers, List<List<Object>> rows) {

    public TableData {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
