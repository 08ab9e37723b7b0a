package org.conductledger.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;

/** The content of the "已被他人修改" dialog: the explanation, then the two versions, differing fields marked. */
final class ConflictTable extends VBox {

    ConflictTable(Messages messages, String message, List<ConflictRows.Row> rows) {
        super(8);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(620);
        TableView<ConflictRows.Row> table = new TableView<>();
        table.setId("conflictTable");
        table.getColumns().add(column(messages.get("conflict.column.field"), ConflictRows.Row::field, 150));
        table.getColumns().add(column(messages.get("conflict.column.saved"), ConflictRows.Row::saved, 230));
        table.getColumns().add(column(messages.get("conflict.column.mine"), ConflictRows.Row::mine, 230));
        table.getItems().setAll(rows);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictRows.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("conflict-differs");
                if (!empty && row != null && row.differs()) {
                    getStyleClass().add("conflict-differs");
                }
            }
        });
        table.setPrefHeight(Math.min(420, 32 + 26 * rows.size()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label legend = new Label(messages.get("conflict.legend"));
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        legend.setMaxWidth(620);
        getChildren().addAll(text, table, legend);
        setPrefWidth(640);
    }

    private static TableColumn<ConflictRows.Row, String> column(String title, java.util.function.Function<ConflictRows.Row, String> value,
                                                            double width) {
        TableColumn<ConflictRows.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
