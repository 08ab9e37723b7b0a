package org.conductledger.ui.member;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.conductledger.i18n.Messages;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;

/** The member roster on the right of the main window. */
public final class MemberRosterController {

    private final MemberRosterViewModel viewModel;
    private final MemberActions actions;
    private final Messages messages;

    @FXML private TextField filterField;
    @FXML private CheckBox subtreeCheck;
    @FXML private CheckBox formerCheck;
    @FXML private TableView<MemberSummary> memberTable;
    @FXML private TableColumn<MemberSummary, String> nameColumn;
    @FXML private TableColumn<MemberSummary, String> genderColumn;
    @FXML private TableColumn<MemberSummary, String> idNumberColumn;
    @FXML private TableColumn<MemberSummary, LocalDate> birthDateColumn;
    @FXML private TableColumn<MemberSummary, String> categoryColumn;
    @FXML private TableColumn<MemberSummary, LocalDate> joinedColumn;
    @FXML private TableColumn<MemberSummary, String> orgColumn;
    @FXML private TableColumn<MemberSummary, String> postColumn;
    @FXML private TableColumn<MemberSummary, String> rankColumn;
    @FXML private TableColumn<MemberSummary, String> statusColumn;
    @FXML private TableColumn<MemberSummary, String> impactColumn;
    @FXML private Label countLabel;
    @FXML private Label placeholderLabel;
    @FXML private Button addMemberButton;
    @FXML private Button editMemberButton;
    @FXML private Button transferMemberButton;
    @FXML private Button statusMemberButton;
    @FXML private Button profileMemberButton;

    private final boolean canWrite;
    private final boolean canReadRegisters;
    private final org.conductledger.ui.exchange.ExchangeActions exchange;
    @FXML private javafx.scene.control.Button importButton;

    /** @param canWrite whether the user's roles allow changing members (the buttons follow it; the service enforces it) */
    public MemberRosterController(MemberRosterViewModel viewModel, MemberActions actions,
                                  org.conductledger.ui.exchange.ExchangeActions exchange, Messages messages, boolean canWrite,
                                  boolean canReadRegisters) {
        this.exchange = exchange;
        this.canWrite = canWrite;
        this.canReadRegisters = canReadRegisters;
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        subtreeCheck.selectedProperty().bindBidirectional(viewModel.includeSubtreeProperty());
        formerCheck.selectedProperty().bindBidirectional(viewModel.includeFormerProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        placeholderLabel.textProperty().bind(viewModel.placeholderTextProperty());
        importButton.setDisable(!canWrite);

        text(nameColumn, MemberSummary::name);
        text(genderColumn, m -> messages.label(m.gender()));
        text(idNumberColumn, MemberSummary::maskedIdNumber);
        birthDateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().birthDate()));
        text(categoryColumn, m -> messages.label(m.category()));
        joinedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().joinedOn()));
        text(orgColumn, MemberSummary::orgName);
        text(postColumn, m -> m.workUnitPost() == null ? "" : m.workUnitPost());
        text(rankColumn, m -> messages.label(m.rank()));
        text(statusColumn, m -> messages.label(m.status()));
        text(impactColumn, m -> viewModel.impactEnds(m.id()).map(end -> messages.get("member.roster.impactUntil", end)).orElse(""));
        impactColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean badge = !empty && item != null && !item.isEmpty();
                setText(badge ? item : null);
                getStyleClass().remove("impact-badge");
                if (badge) {
                    getStyleClass().add("impact-badge");
                }
            }
        });

        SortedList<MemberSummary> sorted = new SortedList<>(viewModel.filteredRows());
        sorted.comparatorProperty().bind(memberTable.comparatorProperty());
        memberTable.setItems(sorted);
        viewModel.impactVersionProperty().addListener((obs, o, n) -> memberTable.refresh());   // the badges came
        memberTable.setRowFactory(table -> {
            TableRow<MemberSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(MemberSummary member, boolean empty) {
                    super.updateItem(member, empty);
                    getStyleClass().remove("former");
                    if (!empty && member != null && !member.status().isCurrent()) {
                        getStyleClass().add("former");   // transferred out, left, deceased: greyed
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    editMember();
                }
            });
            return row;
        });
        memberTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editMember();
            }
        });

        var noSelection = memberTable.getSelectionModel().selectedItemProperty().isNull();
        editMemberButton.disableProperty().bind(noSelection);
        transferMemberButton.disableProperty().bind(noSelection.or(new javafx.beans.property.SimpleBooleanProperty(!canWrite)));
        statusMemberButton.disableProperty().bind(transferMemberButton.disableProperty());
        profileMemberButton.disableProperty().bind(noSelection.or(new javafx.beans.property.SimpleBooleanProperty(!canReadRegisters)));
        addMemberButton.disableProperty().bind(viewModel.canAddMemberProperty().not().or(
                new javafx.beans.property.SimpleBooleanProperty(!canWrite)));
    }

    private static void text(TableColumn<MemberSummary, String> column, java.util.function.Function<MemberSummary, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    @FXML
    public void addMember() {
        Organisation org = viewModel.selectedOrganisation();
        if (!addMemberButton.isDisabled() && org != null && org.active()) {
            actions.create(org, memberTable.getScene().getWindow(), viewModel::reload);
        }
    }

    @FXML
    public void editMember() {
        MemberSummary selected = memberTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            actions.edit(selected.id(), memberTable.getScene().getWindow(), viewModel::reload);
        }
    }

    /** Loads the roster again (in the background), e.g. when its tab is shown after decisions were recorded. */
    public void refresh() {
        viewModel.reload();
    }

    /** 导入…: members into the organisation selected in the tree. */
    @FXML
    private void importMembers() {
        exchange.importInto(org.conductledger.model.ImportKind.MEMBERS, viewModel.selectedOrganisation(),
                memberTable.getScene().getWindow(), kind -> viewModel.reload());
    }

    /** 导出…: the roster as shown (its filter), in the import columns. */
    @FXML
    private void exportMembers() {
        var org = viewModel.selectedOrganisation();
        if (org != null) {
            exchange.exportMembers(viewModel.filteredRows().stream().map(MemberSummary::id).toList(), org.name());
        }
    }

    @FXML
    public void openProfile() {
        MemberSummary selected = memberTable.getSelectionModel().getSelectedItem();
        if (selected != null && canReadRegisters) {
            actions.profile(selected.id(), memberTable.getScene().getWindow());
        }
    }

    @FXML
    public void transferMember() {
        MemberSummary selected = memberTable.getSelectionModel().getSelectedItem();
        if (selected != null && canWrite) {
            actions.transfer(selected.id(), memberTable.getScene().getWindow(), viewModel::reload);
        }
    }

    @FXML
    public void changeMemberStatus() {
        MemberSummary selected = memberTable.getSelectionModel().getSelectedItem();
        if (selected != null && canWrite) {
            actions.changeStatus(selected.id(), memberTable.getScene().getWindow(), viewModel::reload);
        }
    }

    /** Whether the screen is shown (its tab selected): it loads only then. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return viewModel.shownProperty();
    }
}
