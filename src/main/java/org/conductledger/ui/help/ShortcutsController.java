package org.conductledger.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.i18n.Messages;

/** 快捷键…: the menus' accelerators, then the keys every form shares (Enter, Esc, Tab, Alt). */
public final class ShortcutsController {

    private final Messages messages;

    @FXML private TableView<Shortcuts.Row> shortcutTable;
    @FXML private TableColumn<Shortcuts.Row, String> keysColumn;
    @FXML private TableColumn<Shortcuts.Row, String> actionColumn;
    @FXML private TableColumn<Shortcuts.Row, String> menuColumn;

    public ShortcutsController(Messages messages) {
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        keysColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        menuColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().menu()));
    }

    void show(MenuBar menus) {
        List<Shortcuts.Row> rows = new ArrayList<>(Shortcuts.of(menus));
        String everywhere = messages.get("help.shortcuts.everywhere");
        rows.add(new Shortcuts.Row("Enter", messages.get("help.shortcuts.enter"), everywhere));
        rows.add(new Shortcuts.Row("Esc", messages.get("help.shortcuts.esc"), everywhere));
        rows.add(new Shortcuts.Row("Tab / Shift+Tab", messages.get("help.shortcuts.tab"), everywhere));
        rows.add(new Shortcuts.Row("Alt", messages.get("help.shortcuts.alt"), everywhere));
        shortcutTable.getItems().setAll(rows);
        shortcutTable.requestFocus();
    }

    @FXML
    private void close() {
        shortcutTable.getScene().getWindow().hide();
    }
}
