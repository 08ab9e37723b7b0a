package org.conductledger.ui.search;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.SearchHit;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.workbench.TodoOpener;

/**
 * Binds search.fxml (Ctrl+K): the text field keeps the focus while ↑/↓ move through the hits (headers are
 * skipped), Enter opens the selected hit over the main window, Esc closes.
 */
public final class SearchController {

    private final SearchViewModel model;
    private final TodoOpener opener;
    private final DialogService dialogs;
    private final Messages messages;
    private Window mainWindow;

    @FXML private VBox searchPane;
    @FXML private TextField searchField;
    @FXML private ListView<SearchRow> searchResults;
    @FXML private Label searchPlaceholder;

    public SearchController(SearchViewModel model, TodoOpener opener, DialogService dialogs, Messages messages) {
        this.model = model;
        this.opener = opener;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        searchPlaceholder.textProperty().bind(model.statusProperty());
        searchResults.setItems(model.rows());
        searchResults.setCellFactory(list -> new RowCell());
        searchResults.setFocusTraversable(false);
        searchField.textProperty().addListener((obs, old, text) -> model.search(text));
        searchField.setDisable(!model.searchable());
        model.rows().addListener((javafx.collections.ListChangeListener<SearchRow>) change -> selectFirstHit());
        searchPane.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Remembers the window the records open over (the search window closes first). */
    public void start(Window owner) {
        this.mainWindow = owner;
        searchField.requestFocus();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> openSelected();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void selectFirstHit() {
        searchResults.getSelectionModel().clearSelection();
        move(1);
    }

    /** Selects the next hit up or down, skipping headers; stays put at either end. */
    private void move(int step) {
        var items = searchResults.getItems();
        int i = searchResults.getSelectionModel().getSelectedIndex();
        for (int next = i + step; next >= 0 && next < items.size(); next += step) {
            if (items.get(next) instanceof SearchRow.Hit) {
                searchResults.getSelectionModel().select(next);
                searchResults.scrollTo(Math.max(0, step < 0 && next > 0 && items.get(next - 1) instanceof SearchRow.Header
                        ? next - 1 : next));
                return;
            }
        }
    }

    private void openSelected() {
        if (searchResults.getSelectionModel().getSelectedItem() instanceof SearchRow.Hit hit) {
            open(hit.hit());
        }
    }

    private void open(SearchHit hit) {
        if (hit.restricted()) {
            dialogs.showInfo(messages.get("search.restrictedOpen"));
            return;
        }
        Window owner = mainWindow;
        close();
        opener.open(hit.target(), owner, () -> { });
    }

    private void close() {
        ((Stage) searchPane.getScene().getWindow()).close();
    }

    /** A header in the section style, or a hit: its title, details, state and organisation on one line. */
    private final class RowCell extends ListCell<SearchRow> {
        {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() instanceof SearchRow.Hit hit) {
                    open(hit.hit());
                }
            });
        }

        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("search-header");
            setText(null);
            setGraphic(null);
            setMouseTransparent(false);
            if (empty || row == null) {
                return;
            }
            if (row instanceof SearchRow.Header header) {
                getStyleClass().add("search-header");
                setText(model.header(header));
                setMouseTransparent(true);
                return;
            }
            SearchHit hit = ((SearchRow.Hit) row).hit();
            Label title = new Label(model.title(hit));
            title.getStyleClass().add("search-title");
            title.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(model.detail(hit));
            detail.getStyleClass().add("muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label state = new Label(model.state(hit));
            state.setMinWidth(Region.USE_PREF_SIZE);
            Label org = new Label(hit.orgName());
            org.getStyleClass().add("muted");
            org.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(10, title, detail, gap, state, org);
            line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
            setGraphic(line);
        }
    }
}
