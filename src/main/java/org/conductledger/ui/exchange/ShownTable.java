package org.conductledger.ui.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.exchange.TableData;

/** A table as the user sees it: visible columns in their order, the rows after filtering and sorting. */
final class ShownTable {

    private ShownTable() {
    }

    static <S> TableData of(TableView<S> table, String sheetName) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        List<String> headers = columns.stream().map(TableColumn::getText).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (S item : table.getItems()) {
            List<Object> row = new ArrayList<>();
            for (TableColumn<S, ?> column : columns) {
                var value = column.getCellObservableValue(item);
                row.add(cell(value == null ? null : value.getValue()));
            }
            rows.add(row);
        }
        return new TableData(sheetName, headers, rows);
    }

    /** Dates stay dates (typed in the sheet); a text that is only a date becomes one. */
    private static Object cell(Object value) {
        if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        return value instanceof LocalDate || value instanceof Number || value instanceof Boolean || value == null ? value
                : value.toString();
    }
}
