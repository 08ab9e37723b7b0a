package org.conductledger.ui.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConfirmationRound;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.RoundMember;
import org.conductledger.service.ConfirmationService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/** Binds confirmation_round.fxml: an organisation's 年审 round — open it, record confirmations, close it. */
public final class ConfirmationController {

    private record State(Optional<ConfirmationRound> round, List<RoundMember> members) {
    }

    private final ConfirmationService confirmations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.time.Clock clock;
    private Organisation org;
    private ConfirmationRound round;

    @FXML private Label titleLabel;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private Button openButton;
    @FXML private Label stateLabel;
    @FXML private TableView<RoundMember> memberTable;
    @FXML private TableColumn<RoundMember, String> nameColumn;
    @FXML private TableColumn<RoundMember, String> orgColumn;
    @FXML private TableColumn<RoundMember, String> openColumn;
    @FXML private TableColumn<RoundMember, String> confirmedColumn;
    @FXML private Label placeholderLabel;
    @FXML private Label countLabel;
    @FXML private Label messageLabel;
    @FXML private Button confirmButton;
    @FXML private Button closeRoundButton;

    public ConfirmationController(ConfirmationService confirmations, TaskRunner tasks, DialogService dialogs, Messages messages,
                                  java.time.Clock clock) {
        this.confirmations = confirmations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        int year = LocalDate.now(clock).getYear();
        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2000, year, year));
        yearSpinner.valueProperty().addListener((obs, o, n) -> reload());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        orgColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().orgName()));
        openColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().openRecords())));
        confirmedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().confirmed()
                ? messages.get("round.confirmedAt", c.getValue().confirmedOn()) : messages.get("round.notConfirmed")));
        memberTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
    }

    public void start(Organisation org) {
        this.org = org;
        titleLabel.setText(messages.get("round.title", org.name()));
        reload();
    }

    private void reload() {
        int year = yearSpinner.getValue();
        tasks.run(() -> {
            Optional<ConfirmationRound> found = confirmations.round(org.id(), year);
            return new State(found, found.map(confirmations::progress).orElse(List.of()));
        }, this::show, this::fail);
    }

    private void show(State state) {
        round = state.round().orElse(null);
        memberTable.getItems().setAll(state.members());
        long done = state.members().stream().filter(RoundMember::confirmed).count();
        openButton.setDisable(round != null);
        boolean open = round != null && round.isOpen();
        confirmButton.setDisable(!open);
        closeRoundButton.setDisable(!open);
        stateLabel.setText(round == null ? messages.get("round.none")
                : open ? messages.get("round.openSince", round.openedOn())
                : messages.get("round.closedOn", round.closedOn()));
        placeholderLabel.setText(messages.get(round == null ? "round.noneHint" : "round.nobody"));
        countLabel.setText(round == null ? "" : messages.get("round.count", done, state.members().size() - done));
    }

    private void fail(Throwable failure) {
        if (failure instanceof LedgerException known) {
            messageLabel.setText(messages.describe(known));
        } else {
            dialogs.showError(failure);
        }
    }

    @FXML
    private void openRound() {
        int year = yearSpinner.getValue();
        messageLabel.setText("");
        tasks.run(() -> confirmations.open(org.id(), year), opened -> reload(), this::fail);
    }

    @FXML
    private void confirm() {
        List<RoundMember> chosen = List.copyOf(memberTable.getSelectionModel().getSelectedItems());
        if (round == null || chosen.isEmpty()) {
            return;
        }
        ConfirmationRound current = round;
        messageLabel.setText("");
        tasks.run(() -> {
            for (RoundMember m : chosen) {
                confirmations.confirm(current, m.memberId());
            }
            return null;
        }, ok -> reload(), this::fail);
    }

    @FXML
    private void closeRound() {
        if (round == null) {
            return;
        }
        long missing = memberTable.getItems().stream().filter(m -> !m.confirmed()).count();
        if (!dialogs.confirm(messages.get("round.closeConfirm", missing))) {
            return;
        }
        ConfirmationRound current = round;
        tasks.run(() -> confirmations.close(current), closed -> reload(), this::fail);
    }

    @FXML
    private void close() {
        memberTable.getScene().getWindow().hide();
    }
}
