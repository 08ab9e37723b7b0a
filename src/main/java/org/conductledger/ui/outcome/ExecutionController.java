package org.conductledger.ui.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ExecutionDue;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Outcome;
import org.conductledger.service.OutcomeService;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds execution.fxml: the 宣布 / 归档 / 执行情况报告 dates of a decision against their 1- and 6-month limits,
 * and for 留党察看 the extension of the term and the restoration of the member's rights.
 */
public final class ExecutionController {

    private final OutcomeService outcomes;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private Outcome outcome;
    private Runnable onSaved = () -> { };

    @FXML private Label headingLabel;
    @FXML private DatePicker announcedPicker;
    @FXML private DatePicker filedPicker;
    @FXML private DatePicker reportedPicker;
    @FXML private Label announceDueLabel;
    @FXML private Label fileDueLabel;
    @FXML private Label reportDueLabel;
    @FXML private VBox probationBox;
    @FXML private Label probationLabel;
    @FXML private Button extendButton;
    @FXML private DatePicker restoredPicker;
    @FXML private Button restoreButton;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public ExecutionController(OutcomeService outcomes, TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.outcomes = outcomes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        for (DatePicker picker : List.of(announcedPicker, filedPicker, reportedPicker, restoredPicker)) {
            DateFields.install(picker);
        }
    }

    public void start(Outcome outcome, Runnable onSaved) {
        this.onSaved = onSaved;
        show(outcome);
    }

    private void show(Outcome o) {
        this.outcome = o;
        headingLabel.setText(messages.get("execution.heading", o.memberName(), o.measures(), o.decidedOn()));
        announcedPicker.setValue(o.execution().announcedOn());
        filedPicker.setValue(o.execution().filedOn());
        reportedPicker.setValue(o.execution().reportedOn());
        List<ExecutionDue.Item> items = ExecutionDue.of(o, LocalDate.now(clock));
        List<Label> labels = List.of(announceDueLabel, fileDueLabel, reportDueLabel);
        for (int i = 0; i < items.size(); i++) {
            ExecutionDue.Item item = items.get(i);
            labels.get(i).setText(messages.get(item.passed() ? "execution.duePassed" : "execution.due", item.dueOn()));
            labels.get(i).getStyleClass().remove("problems");
            if (item.passed()) {
                labels.get(i).getStyleClass().add("problems");
            }
        }
        boolean probation = o.probation().isPresent();
        probationBox.setVisible(probation);
        probationBox.setManaged(probation);
        if (probation) {
            probationLabel.setText(messages.get("execution.probation", ImpactPeriod.probationEnds(o).orElseThrow(),
                    messages.get(o.probationExtended() ? "execution.extended" : "execution.notExtended"),
                    o.restoredOn() == null ? messages.get("execution.notRestored") : o.restoredOn().toString()));
            restoredPicker.setValue(o.restoredOn());
            extendButton.setDisable(o.probationExtended() || o.restoredOn() != null);
            restoreButton.setDisable(o.restoredOn() != null);
        }
    }

    @FXML
    private void extend() {
        if (!dialogs.confirm(messages.get("execution.confirmExtend", outcome.memberName()))) {
            return;
        }
        long id = outcome.id();
        tasks.run(() -> outcomes.extendProbation(id), updated -> {
            onSaved.run();
            show(updated);
        }, this::fail);
    }

    @FXML
    private void restore() {
        long id = outcome.id();
        LocalDate on = restoredPicker.getValue();
        tasks.run(() -> outcomes.restore(id, on), updated -> {
            onSaved.run();
            show(updated);
        }, this::fail);
    }

    private void fail(Throwable failure) {
        if (failure instanceof LedgerException known) {
            problemsLabel.setText(messages.describe(known));
        } else {
            dialogs.showError(failure);
        }
    }

    @FXML
    private void save() {
        long id = outcome.id();
        Outcome.Execution e = new Outcome.Execution(announcedPicker.getValue(), filedPicker.getValue(), reportedPicker.getValue());
        DialogSubmit.run(tasks, messages, dialogs, () -> outcomes.recordExecution(id, e), saveButton, problemsLabel, onSaved);
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
