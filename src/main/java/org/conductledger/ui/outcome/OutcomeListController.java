package org.conductledger.ui.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.service.OutcomeService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.LatestOnly;
import org.conductledger.ui.common.OrganisationsModel;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds outcome_list.fxml, the 影响期 tab: decisions in force in the selected organisation and below —
 * 即将届满 within the configured horizon (default), 已届满, 影响期内 or all — soonest end first.
 */
public final class OutcomeListController {

    private record Loaded(List<Outcome> outcomes, int horizon) {
    }

    private final OutcomeService outcomes;
    private final OrganisationsModel organisations;
    private final OutcomeActions actions;
    private final Messages messages;
    private final Clock clock;
    private final boolean canWrite;
    private final org.conductledger.ui.exchange.ExchangeActions exchange;
    private final boolean readable;
    private final LatestOnly loads;

    @FXML private ComboBox<OutcomeService.Expiry> filterChoice;
    @FXML private Label horizonLabel;
    @FXML private Button executionButton;
    @FXML private Button appealButton;
    @FXML private TableView<Outcome> impactTable;
    @FXML private TableColumn<Outcome, String> memberColumn;
    @FXML private TableColumn<Outcome, String> measuresColumn;
    @FXML private TableColumn<Outcome, String> decidedColumn;
    @FXML private TableColumn<Outcome, String> endsColumn;
    @FXML private TableColumn<Outcome, String> orgColumn;
    @FXML private TableColumn<Outcome, String> caseColumn;
    @FXML private Label placeholderLabel;
    @FXML private Label countLabel;

    public OutcomeListController(OutcomeService outcomes, OrganisationsModel organisations, OutcomeActions actions,
                                 TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock, boolean canWrite,
                                 boolean readable, org.conductledger.ui.exchange.ExchangeActions exchange) {
        this.exchange = exchange;
        this.outcomes = outcomes;
        this.organisations = organisations;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
        this.canWrite = canWrite;
        this.readable = readable;
        this.loads = new LatestOnly(tasks, dialogs::showError);
    }

    @FXML
    private void initialize() {
        filterChoice.setConverter(Converters.of(e -> e == null ? "" : messages.get("outcome.list." + e.name())));
        filterChoice.getItems().setAll(OutcomeService.Expiry.values());
        filterChoice.setValue(OutcomeService.Expiry.ENDING);
        filterChoice.valueProperty().addListener((obs, o, n) -> reload());
        organisations.selectedProperty().addListener((obs, o, n) -> reload());
        memberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().memberName()));
        measuresColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().measures()));
        decidedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().decidedOn().toString()));
        endsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ends(c.getValue())));
        orgColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().decidingOrgName()));
        caseColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().caseId())));
        var none = impactTable.getSelectionModel().selectedItemProperty().isNull();
        executionButton.disableProperty().bind(none);
        appealButton.disableProperty().bind(none);
        executionButton.setVisible(canWrite);
        appealButton.setVisible(canWrite);
        placeholderLabel.setText(messages.get(readable ? "outcome.list.empty" : "member.roster.notPermitted"));
    }

    private String ends(Outcome o) {
        LocalDate today = LocalDate.now(clock);
        return ImpactPeriod.of(o).map(t -> messages.get(ImpactPeriod.running(o, today) ? "outcome.list.endsIn" : "outcome.list.ended",
                t.endsOn(), java.time.temporal.ChronoUnit.DAYS.between(today, t.endsOn()))).orElse(messages.get("outcome.impact.none"));
    }

    private final org.conductledger.ui.common.ShownGate gate = new org.conductledger.ui.common.ShownGate(this::reload);

    /** Bound to the 影响期 tab being selected: hidden, the list does not load (see ShownGate). */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return gate.shownProperty();
    }

    public void reload() {
        Organisation org = organisations.selectedProperty().get();
        OutcomeService.Expiry which = filterChoice.getValue();
        if (org == null || !readable || which == null) {
            impactTable.getItems().clear();
            countLabel.setText("");
            return;
        }
        if (!gate.mayLoad()) {
            return;
        }
        loads.run(() -> new Loaded(outcomes.expiry(org.id(), which), outcomes.horizonDays()), loaded -> {
            impactTable.getItems().setAll(loaded.outcomes());
            horizonLabel.setText(messages.get("outcome.list.horizon", loaded.horizon()));
            countLabel.setText(messages.get("outcome.list.count", loaded.outcomes().size()));
        });
    }

    @FXML
    private void execution() {
        Outcome o = impactTable.getSelectionModel().getSelectedItem();
        if (o != null) {
            actions.execution(o, impactTable.getScene().getWindow(), this::reload);
        }
    }

    @FXML
    private void appeal() {
        Outcome o = impactTable.getSelectionModel().getSelectedItem();
        if (o != null) {
            actions.appeal(o, impactTable.getScene().getWindow(), this::reload);
        }
    }

    /** 导出…: the list as shown. */
    @FXML
    private void exportList() {
        exchange.exportTable(impactTable, messages.get("main.tab.outcomes"), "outcome");
    }
}
