package org.conductledger.ui.report;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.exchange.TableData;

/** A {@link TableData} in a read-only table: the same rows the PDF and the workbook have. Numbers right-aligned. */
public final class TableDataView {

    private TableDataView() {
    }

    public static TableView<List<Object>> of(TableData table) {
        TableView<List<Object>> view = new TableView<>();
        view.setId("table-" + table.sheetName());
        for (int c = 0; c < table.headers().size(); c++) {
            int column = c;
            TableColumn<List<Object>, Object> col = new TableColumn<>(table.headers().get(c));
            col.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(column < row.getValue().size()
                    ? row.getValue().get(column) : null));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Object value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty || value == null ? null : value.toString());
                    setAlignment(value instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                }
            });
            col.setSortable(false);
            col.setPrefWidth(width(table, c));
            view.getColumns().add(col);
        }
        view.setItems(FXCollections.observableArrayList(table.rows()));
        return view;
    }

    /** Wide enough for the header and the first rows' values (CJK characters count double), within limits. */
    private static double width(TableData table, int column) {
        int widest = units(table.headers().get(column));
        for (int r = 0; r < Math.min(200, table.rows().size()); r++) {
            List<Object> row = table.rows().get(r);
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, units(row.get(column).toString()));
            }
        }
        return Math.max(56, Math.min(420, widest * 7.5 + 24));
    }

    private static int units(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }
}
