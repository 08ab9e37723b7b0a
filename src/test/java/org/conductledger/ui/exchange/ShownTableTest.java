package org.conductledger.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.conductledger.exchange.TableData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A list exports as shown: visible columns only, in order, rows as filtered, dates as dates. */
@ExtendWith(ApplicationExtension.class)
class ShownTableTest {

    TableView<String[]> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String[], String> name = new TableColumn<>("党员");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[0]));
        TableColumn<String[], String> hidden = new TableColumn<>("举报人");
        hidden.setCellValueFactory(c -> new ReadOnlyStringWrapper("never"));
        hidden.setVisible(false);
        TableColumn<String[], String> date = new TableColumn<>("决定日期");
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[1]));
        table.getColumns().setAll(List.of(name, hidden, date));
        table.getItems().setAll(List.of(new String[] {"张三", "2026-11-23"}, new String[] {"李四", "至 2027-01-01"}));
    }

    @Test
    void visibleColumnsAndTypedDates(FxRobot robot) {
        TableData[] data = new TableData[1];
        robot.interact(() -> data[0] = ShownTable.of(table, "影响期"));
        assertEquals(List.of("党员", "决定日期"), data[0].headers());
        assertEquals(List.of("张三", LocalDate.of(2026, 11, 23)), data[0].rows().get(0));
        assertEquals(List.of("李四", "至 2027-01-01"), data[0].rows().get(1));
    }
}
