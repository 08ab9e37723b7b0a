package org.conductledger.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Todo;
import org.conductledger.model.TodoKind;
import org.conductledger.model.Urgency;

/**
 * Binds workbench.fxml, the 工作台 tab shown first after login: counts per kind (each a filter), the to-do list
 * (double-click or Enter opens the record), this year's key numbers, and the backup and audit lines.
 */
public final class WorkbenchController {

    private final WorkbenchViewModel model;
    private final TodoOpener opener;
    private final Messages messages;
    private final java.time.Clock clock;
    private final ToggleGroup kindGroup = new ToggleGroup();

    @FXML private Label dateLabel;
    @FXML private FlowPane kindBar;
    @FXML private TableView<Todo> todoTable;
    @FXML private TableColumn<Todo, String> kindColumn;
    @FXML private TableColumn<Todo, String> whatColumn;
    @FXML private TableColumn<Todo, String> dueColumn;
    @FXML private TableColumn<Todo, Todo> statusColumn;
    @FXML private TableColumn<Todo, String> orgColumn;
    @FXML private Label todoPlaceholder;
    @FXML private Button openTodoButton;
    @FXML private VBox figuresBox;
    @FXML private Label figuresTitle;
    @FXML private FlowPane figuresPane;
    @FXML private Label lastBackupLabel;
    @FXML private Label nextBackupLabel;
    @FXML private Label auditLabel;

    public WorkbenchController(WorkbenchViewModel model, TodoOpener opener, Messages messages, java.time.Clock clock) {
        this.model = model;
        this.opener = opener;
        this.messages = messages;
        this.clock = clock;
    }

    /** A text cell whose whole text shows on hover when the column is too narrow for it (large font sizes). */
    private static javafx.scene.control.TableCell<Todo, String> withTooltip() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        };
    }

    @FXML
    private void initialize() {
        dateLabel.setText(messages.get("workbench.today", java.time.LocalDate.now(clock)));
        kindButtons();
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.kind(c.getValue())));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.text(c.getValue())));
        dueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.due(c.getValue())));
        orgColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().orgName()));
        statusColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(column -> new StatusCell());
        kindColumn.setCellFactory(column -> withTooltip());
        whatColumn.setCellFactory(column -> withTooltip());
        todoTable.setItems(model.shown());
        todoTable.setRowFactory(table -> {
            TableRow<Todo> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        todoTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        openTodoButton.disableProperty().bind(todoTable.getSelectionModel().selectedItemProperty().isNull());
        todoPlaceholder.textProperty().bind(Bindings.createStringBinding(model::emptyText, model.loadingProperty(),
                model.filterProperty()));
        figuresBox.setVisible(model.showsFigures());
        figuresBox.setManaged(model.showsFigures());
        figuresTitle.textProperty().bind(model.figuresTitleProperty());
        model.figuresProperty().addListener((obs, o, figures) -> showFigures(figures));
        lastBackupLabel.textProperty().bind(model.lastBackupProperty());
        nextBackupLabel.textProperty().bind(model.nextBackupProperty());
        auditLabel.setVisible(model.showsAudit());
        auditLabel.setManaged(model.showsAudit());
        model.auditProperty().addListener((obs, o, line) -> showAudit(line));
        refresh();
    }

    /** 全部 and one toggle per kind the user may have, each showing its count; selecting one filters the list. */
    private void kindButtons() {
        ToggleButton everything = new ToggleButton();
        everything.setId("todoKindAll");
        everything.setToggleGroup(kindGroup);
        everything.setUserData(null);
        everything.textProperty().bind(Bindings.createStringBinding(() -> messages.get("workbench.kind.all",
                model.all().size()), model.all()));
        kindBar.getChildren().add(everything);
        for (TodoKind kind : TodoKind.values()) {
            if (!model.kinds().contains(kind)) {
                continue;
            }
            ToggleButton button = new ToggleButton();
            button.setId("todoKind" + kind.name());
            button.setUserData(kind);
            button.setToggleGroup(kindGroup);
            button.setText(countText(kind));
            model.counts().addListener((MapChangeListener<TodoKind, Integer>) change -> button.setText(countText(kind)));
            kindBar.getChildren().add(button);
        }
        kindGroup.selectToggle(everything);
        kindGroup.selectedToggleProperty().addListener((obs, o, selected) -> {
            if (selected == null) {
                kindGroup.selectToggle(o);        // one is always selected: clicking it again keeps it
                return;
            }
            model.filterProperty().set((TodoKind) selected.getUserData());
        });
    }

    private String countText(TodoKind kind) {
        return messages.get("workbench.kind.count", messages.label(kind), model.counts().getOrDefault(kind, 0));
    }

    private void showFigures(java.util.List<WorkbenchViewModel.Figure> figures) {
        figuresPane.getChildren().clear();
        for (WorkbenchViewModel.Figure f : figures) {
            Label value = new Label(String.valueOf(f.value()));
            value.getStyleClass().add("figure-value");
            Label name = new Label(f.label());
            name.getStyleClass().add("muted");
            VBox tile = new VBox(2, value, name);
            tile.getStyleClass().add("figure-tile");
            figuresPane.getChildren().add(tile);
        }
    }

    private void showAudit(WorkbenchViewModel.AuditLine line) {
        auditLabel.getStyleClass().removeAll("success", "problems");
        if (line == null) {
            auditLabel.setText("");
            return;
        }
        auditLabel.setText(line.text());
        if (line.intact() != null) {
            auditLabel.getStyleClass().add(line.intact() ? "success" : "problems");
        }
    }

    /** Loads the whole 工作台 again (刷新, F5). */
    public void refresh() {
        model.refresh();
    }

    /** Loads the to-dos again (coming back to the tab, after a change in an opened record). */
    public void refreshTodos() {
        model.refreshTodos();
    }

    @FXML
    private void openSelected() {
        Todo t = todoTable.getSelectionModel().getSelectedItem();
        if (t != null) {
            open(t);
        }
    }

    private void open(Todo t) {
        opener.open(t, todoTable.getScene().getWindow(), this::refreshTodos);
    }

    /** 逾期 in red, 即将到期 in amber, in words (colour is never the only sign). */
    private final class StatusCell extends TableCell<Todo, Todo> {
        @Override
        protected void updateItem(Todo t, boolean empty) {
            super.updateItem(t, empty);
            getStyleClass().removeAll("late", "pending");
            if (empty || t == null) {
                setText(null);
                return;
            }
            setText(model.status(t));
            if (t.urgency() == Urgency.OVERDUE) {
                getStyleClass().add("late");
            } else if (t.urgency() == Urgency.DUE_SOON) {
                getStyleClass().add("pending");
            }
        }
    }
}
