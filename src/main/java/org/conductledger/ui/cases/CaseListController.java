package org.conductledger.ui.cases;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;

/** Binds case_list.fxml: the cases of the selected organisation, or 我的待办. */
public final class CaseListController {

    private final CaseListViewModel viewModel;
    private final CaseActions actions;
    private final Messages messages;
    private final boolean canWrite;
    private final org.conductledger.ui.exchange.ExchangeActions exchange;

    @FXML private ToggleButton allToggle;
    @FXML private ToggleButton todoToggle;
    @FXML private CheckBox subtreeCheck;
    @FXML private Button intakeButton;
    @FXML private Button openButton;
    @FXML private TableView<CaseRow> caseTable;
    @FXML private TableColumn<CaseRow, String> idColumn;
    @FXML private TableColumn<CaseRow, String> receivedColumn;
    @FXML private TableColumn<CaseRow, String> sourceColumn;
    @FXML private TableColumn<CaseRow, String> subjectsColumn;
    @FXML private TableColumn<CaseRow, String> stageColumn;
    @FXML private TableColumn<CaseRow, String> dueColumn;
    @FXML private TableColumn<CaseRow, String> orgColumn;
    @FXML private Label placeholderLabel;
    @FXML private Label countLabel;

    public CaseListController(CaseListViewModel viewModel, CaseActions actions,
                              org.conductledger.ui.exchange.ExchangeActions exchange, Messages messages, boolean canWrite) {
        this.exchange = exchange;
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
        this.canWrite = canWrite;
    }

    @FXML
    private void initialize() {
        allToggle.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true);
                return;
            }
            viewModel.todoOnlyProperty().set(toggle == todoToggle);
        });
        subtreeCheck.selectedProperty().bindBidirectional(viewModel.includeSubtreeProperty());
        caseTable.setItems(viewModel.rows());
        text(idColumn, r -> String.valueOf(r.caseFile().id()));
        text(receivedColumn, r -> r.caseFile().receivedOn().toString());
        text(sourceColumn, r -> messages.label(r.caseFile().source()));
        text(subjectsColumn, this::subjects);
        text(stageColumn, r -> messages.label(r.caseFile().stage()));
        text(dueColumn, r -> r.next() == null ? "" : messages.get(r.next().overdue() ? "case.due.shortOverdue" : "case.due.short",
                r.next().dueOn(), messages.label(r.next().kind())));
        text(orgColumn, r -> r.caseFile().orgName());
        placeholderLabel.setText(messages.get(viewModel.readable() ? "case.list.empty" : "case.list.notPermitted"));
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.size(viewModel.rows()).asString(messages.get("case.list.count")));
        var none = caseTable.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(none.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> caseTable.getSelectionModel().getSelectedItem() != null
                        && caseTable.getSelectionModel().getSelectedItem().caseFile().restricted(),
                caseTable.getSelectionModel().selectedItemProperty())));
        intakeButton.setDisable(!canWrite);
        caseTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openCase();
            }
        });
        viewModel.reload();
    }

    private String subjects(CaseRow r) {
        CaseFile c = r.caseFile();
        if (c.restricted()) {
            return messages.get("cli.case.restricted");
        }
        return c.subjects().isEmpty() ? messages.get("cli.case.unidentified")
                : String.join("、", c.subjects().stream().map(CaseFile.Subject::name).toList());
    }

    private static void text(TableColumn<CaseRow, String> column, Function<CaseRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    public void intake() {
        if (canWrite && viewModel.selectedOrganisation() != null) {
            actions.intake(viewModel.selectedOrganisation(), caseTable.getScene().getWindow(), viewModel::reload);
        }
    }

    @FXML
    public void openCase() {
        CaseRow row = caseTable.getSelectionModel().getSelectedItem();
        if (row != null && !row.caseFile().restricted()) {
            actions.open(row.caseFile().id(), canWrite, caseTable.getScene().getWindow(), viewModel::reload);
        }
    }

    /** 导出…: the list as shown (no reporter is ever in it). */
    @FXML
    private void exportList() {
        exchange.exportTable(caseTable, messages.get("main.tab.cases"), "case");
    }

    /** Whether the screen is shown (its tab selected): it loads only then. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return viewModel.shownProperty();
    }
}
