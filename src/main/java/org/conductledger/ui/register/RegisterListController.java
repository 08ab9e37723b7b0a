package org.conductledger.ui.register;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.conductledger.i18n.Messages;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.Timeliness;

/** Binds register_list.fxml: the three registers and the 待报告/逾期 list of the selected organisation. */
public final class RegisterListController {

    private final RegisterListViewModel viewModel;
    private final RegisterActions actions;
    private final Messages messages;
    private final boolean canWrite;
    private final org.conductledger.ui.exchange.ExchangeActions exchange;
    private final org.conductledger.ui.report.FormActions forms;
    @FXML private Button importButton;
    @FXML private Button printFormButton;

    @FXML private ToggleButton accountsToggle;
    @FXML private ToggleButton groupsToggle;
    @FXML private ToggleButton filingsToggle;
    @FXML private ToggleButton attentionToggle;
    @FXML private Label deadlineLabel;
    @FXML private TextField filterField;
    @FXML private CheckBox subtreeCheck;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button statusButton;
    @FXML private Button profileButton;
    @FXML private Button roundButton;
    @FXML private TableView<RegisterRow> registerTable;
    @FXML private TableColumn<RegisterRow, String> memberColumn;
    @FXML private TableColumn<RegisterRow, String> orgColumn;
    @FXML private TableColumn<RegisterRow, String> kindColumn;
    @FXML private TableColumn<RegisterRow, String> platformColumn;
    @FXML private TableColumn<RegisterRow, String> nameColumn;
    @FXML private TableColumn<RegisterRow, String> identifierColumn;
    @FXML private TableColumn<RegisterRow, String> detailColumn;
    @FXML private TableColumn<RegisterRow, LocalDate> openedColumn;
    @FXML private TableColumn<RegisterRow, LocalDate> reportedColumn;
    @FXML private TableColumn<RegisterRow, Timeliness> timelinessColumn;
    @FXML private TableColumn<RegisterRow, String> statusColumn;
    @FXML private Label placeholderLabel;
    @FXML private Label countLabel;

    public RegisterListController(RegisterListViewModel viewModel, RegisterActions actions,
                                  org.conductledger.ui.exchange.ExchangeActions exchange,
                                  org.conductledger.ui.report.FormActions forms, Messages messages, boolean canWrite) {
        this.exchange = exchange;
        this.forms = forms;
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
        this.canWrite = canWrite;
    }

    @FXML
    private void initialize() {
        accountsToggle.setUserData(RegisterKind.ACCOUNT);
        groupsToggle.setUserData(RegisterKind.GROUP);
        filingsToggle.setUserData(RegisterKind.FILING);
        accountsToggle.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true);      // one view is always chosen
                return;
            }
            viewModel.kindProperty().set((RegisterKind) toggle.getUserData());
            adaptColumns();
        });
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        subtreeCheck.selectedProperty().bindBidirectional(viewModel.includeSubtreeProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        deadlineLabel.textProperty().bind(viewModel.deadlineTextProperty());
        registerTable.setItems(viewModel.filteredRows());
        importButton.setDisable(!canWrite);
        text(memberColumn, r -> r.record().memberName());
        text(orgColumn, r -> r.record().orgName());
        text(kindColumn, r -> messages.label(r.record().kind()));
        text(platformColumn, r -> r.record().platformName() + (r.record().form().overseas() ? messages.get("register.overseasMark") : ""));
        text(nameColumn, r -> r.record().form().name());
        text(identifierColumn, r -> r.record().form().identifier());
        text(detailColumn, this::detail);
        openedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().record().form().openedOn()));
        reportedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().record().firstReportedOn()));
        timelinessColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().timeliness()));
        timelinessColumn.setCellFactory(column -> new TimelinessCell());
        text(statusColumn, r -> messages.label(r.record().status()));
        placeholderLabel.setText(viewModel.placeholder());
        viewModel.placeholderTextProperty().addListener((obs, o, text) -> placeholderLabel.setText(text));
        registerTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        registerTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        var none = registerTable.getSelectionModel().selectedItemProperty().isNull();
        addButton.disableProperty().bind(new javafx.beans.property.SimpleBooleanProperty(!canWrite)
                .or(viewModel.kindProperty().isNull()));
        editButton.disableProperty().bind(none);
        statusButton.disableProperty().bind(none.or(new javafx.beans.property.SimpleBooleanProperty(!canWrite)));
        profileButton.disableProperty().bind(none);
        printFormButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected() == null
                || !forms.allows(org.conductledger.ui.report.FormActions.registerForm(selected().record().kind())),
                registerTable.getSelectionModel().selectedItemProperty()));
        roundButton.setDisable(!canWrite);
        adaptColumns();
        viewModel.reload();
    }

    private void adaptColumns() {
        RegisterKind kind = viewModel.kindProperty().get();
        kindColumn.setVisible(kind == null);
        detailColumn.setText(messages.get(kind == null ? "register.column.detail" : kind == RegisterKind.GROUP ? "register.column.group"
                : kind == RegisterKind.FILING ? "register.column.filing" : "register.column.account"));
        reportedColumn.setText(messages.get(kind == RegisterKind.FILING ? "register.column.filedOn" : "register.column.reportedOn"));
        openedColumn.setText(messages.get(kind == RegisterKind.GROUP ? "register.column.createdOn" : "register.column.openedOn"));
        nameColumn.setText(messages.get(kind == RegisterKind.GROUP ? "register.column.groupName" : "register.column.name"));
        identifierColumn.setText(messages.get(kind == RegisterKind.GROUP ? "register.column.groupNumber"
                : kind == null ? "enum.RegisterField.IDENTIFIER" : "register.column.accountId"));
        timelinessColumn.setText(messages.get(kind == RegisterKind.FILING ? "register.column.filingTimeliness" : "register.timeliness"));
    }

    /** Per kind: the role identity used, the group category and the member's role, the filing number. */
    private String detail(RegisterRow row) {
        var r = row.record();
        return switch (r.kind()) {
            case ACCOUNT -> r.form().roleIdentity();
            case GROUP -> r.form().memberRole() == null ? "" : messages.label(r.form().memberRole())
                    + (r.form().groupSize() == null ? "" : messages.get("register.sizeSuffix", r.form().groupSize()));
            case FILING -> r.filingNo() + (r.versionNo() > 1 ? messages.get("register.versionSuffix", r.versionNo(), r.reportedOn()) : "");
        };
    }

    private static void text(TableColumn<RegisterRow, String> column, Function<RegisterRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Late and overdue records stand out. */
    private final class TimelinessCell extends TableCell<RegisterRow, Timeliness> {
        @Override
        protected void updateItem(Timeliness item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("late", "pending");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(messages.label(item));
            if (item == Timeliness.LATE || item == Timeliness.OVERDUE) {
                getStyleClass().add("late");
            } else if (item == Timeliness.PENDING) {
                getStyleClass().add("pending");
            }
        }
    }

    private RegisterRow selected() {
        return registerTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    public void add() {
        if (!addButton.isDisabled() && viewModel.selectedOrganisation() != null) {
            actions.create(viewModel.kindProperty().get(), viewModel.selectedOrganisation(), registerTable.getScene().getWindow(),
                    viewModel::reload);
        }
    }

    @FXML
    public void edit() {
        if (selected() != null) {
            actions.edit(selected().record(), canWrite, registerTable.getScene().getWindow(), viewModel::reload);
        }
    }

    @FXML
    public void changeStatus() {
        if (selected() != null && canWrite) {
            actions.changeStatus(selected().record(), registerTable.getScene().getWindow(), viewModel::reload);
        }
    }

    @FXML
    public void openProfile() {
        if (selected() != null) {
            actions.profile(selected().record().memberId(), registerTable.getScene().getWindow());
        }
    }

    /** 打印登记表…: the form of the selected record's kind, in the print preview. */
    @FXML
    public void printForm() {
        RegisterRow row = selected();
        if (row != null && !printFormButton.isDisabled()) {
            forms.preview(org.conductledger.ui.report.FormActions.registerForm(row.record().kind()), row.record().id(),
                    row.record().memberName(), registerTable.getScene().getWindow());
        }
    }

    @FXML
    public void openRound() {
        if (viewModel.selectedOrganisation() != null && canWrite) {
            actions.round(viewModel.selectedOrganisation(), registerTable.getScene().getWindow());
        }
    }

    /** 导入…: the register shown (accounts, groups or filings) for members of the selected organisation. */
    @FXML
    private void importRecords() {
        RegisterKind kind = viewModel.kindProperty().get();
        exchange.importInto(org.conductledger.model.ImportKind.of(kind == null ? RegisterKind.ACCOUNT : kind),
                viewModel.selectedOrganisation(), registerTable.getScene().getWindow(), imported -> {
                    // Show the register just imported into (the dialog may have been switched to another kind).
                    RegisterKind shown = imported.registerKind();
                    if (shown != null && shown != viewModel.kindProperty().get()) {
                        (shown == RegisterKind.ACCOUNT ? accountsToggle : shown == RegisterKind.GROUP ? groupsToggle
                                : filingsToggle).setSelected(true);
                    } else {
                        viewModel.reload();
                    }
                });
    }

    /** 导出…: the register as shown (its filter), newest versions, in the import columns. */
    @FXML
    private void exportRecords() {
        RegisterKind kind = viewModel.kindProperty().get();
        var org = viewModel.selectedOrganisation();
        if (org == null || kind == null) {
            return;
        }
        exchange.exportRegister(kind, viewModel.filteredRows().stream().map(RegisterRow::record)
                .filter(r -> r.kind() == kind).toList(), org.name());
    }

    /** Whether the screen is shown (its tab selected): it loads only then. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return viewModel.shownProperty();
    }
}
