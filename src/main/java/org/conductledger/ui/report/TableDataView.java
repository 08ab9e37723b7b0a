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

    /** Wide enough for the header and the first rows' texts (a Chinese character about twice a digit), 60–320 px. */
    private static double width(TableData table, int column) {
        double widest = textWidth(table.headers().get(column));
        for (List<Object> row : table.rows().subList(0, Math.min(200, table.rows().size()))) {
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, textWidth(row.get(column).toString()));
            }
        }
        return Math.max(60, Math.min(320, widest + 24));
    }

    private static double textWidth(String text) {
        return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 7.5 : 14).sum();
    }
}
