package org.conductledger.ui.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;
import org.conductledger.model.AppealResult;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeType;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.OutcomeService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds appeal.fxml: files an appeal (申诉) against a decision, or decides the pending one — 维持, 变更 (with
 * the new measures, recorded in the same step) or 撤销.
 */
public final class AppealController {

    private final OutcomeService outcomes;
    private final MemberService members;
    private final OrganisationService organisations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final MeasureChecklist checklist;
    private Outcome outcome;
    private boolean deciding;
    private Runnable onSaved = () -> { };

    @FXML private Label headingLabel;
    @FXML private GridPane fileGrid;
    @FXML private DatePicker filedPicker;
    @FXML private ComboBox<Organisation> orgChoice;
    @FXML private GridPane decideGrid;
    @FXML private ComboBox<AppealResult> resultChoice;
    @FXML private DatePicker decidedPicker;
    @FXML private VBox changedBox;
    @FXML private VBox measuresBox;
    @FXML private TextArea notesArea;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public AppealController(OutcomeService outcomes, MemberService members, OrganisationService organisations, TaskRunner tasks,
                            DialogService dialogs, Messages messages, Clock clock) {
        this.outcomes = outcomes;
        this.members = members;
        this.organisations = organisations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.checklist = new MeasureChecklist(messages);
    }

    private record Setup(List<Organisation> organisations, List<OutcomeType> types, org.conductledger.model.Member member) {
    }

    @FXML
    private void initialize() {
        DateFields.install(filedPicker);
        DateFields.install(decidedPicker);
        filedPicker.setValue(LocalDate.now(clock));
        decidedPicker.setValue(LocalDate.now(clock));
        orgChoice.setConverter(Converters.of(o -> o == null ? "" : o.name()));
        resultChoice.setConverter(Converters.labelled(messages));
        resultChoice.getItems().setAll(AppealResult.values());
        resultChoice.valueProperty().addListener((obs, o, result) -> showChanged(result == AppealResult.CHANGED));
        showChanged(false);
    }

    private void showChanged(boolean shown) {
        changedBox.setVisible(shown);
        changedBox.setManaged(shown);
        if (changedBox.getScene() != null && changedBox.getScene().getWindow() != null) {
            changedBox.getScene().getWindow().sizeToScene();
        }
    }

    /** Opens the dialog for {@code outcome}: deciding its pending appeal if it has one, filing one otherwise. */
    public void start(Outcome outcome, Runnable onSaved) {
        this.outcome = outcome;
        this.onSaved = onSaved;
        this.deciding = outcome.pendingAppeal().isPresent();
        headingLabel.setText(deciding
                ? messages.get("appeal.heading.decide", outcome.memberName(), outcome.measures(),
                        outcome.pendingAppeal().get().filedOn(), outcome.pendingAppeal().get().toOrgName(),
                        outcome.pendingAppeal().get().dueOn())
                : messages.get("appeal.heading.file", outcome.memberName(), outcome.measures(), outcome.decidedOn()));
        fileGrid.setVisible(!deciding);
        fileGrid.setManaged(!deciding);
        decideGrid.setVisible(deciding);
        decideGrid.setManaged(deciding);
        tasks.run(() -> new Setup(organisations.all(), outcomes.types(), members.get(outcome.memberId())), setup -> {
            orgChoice.getItems().setAll(setup.organisations().stream().filter(Organisation::active).toList());
            checklist.fill(measuresBox, setup.types());
            checklist.restrictTo(setup.member());
        }, dialogs::showError);
    }

    @FXML
    private void save() {
        long id = outcome.id();
        String notes = notesArea.getText();
        if (deciding) {
            AppealResult result = resultChoice.getValue();
            LocalDate on = decidedPicker.getValue();
            var types = checklist.selectedIds();
            DialogSubmit.run(tasks, messages, dialogs, () -> outcomes.decideAppeal(id, result, on, notes, types), saveButton,
                    problemsLabel, onSaved);
        } else {
            LocalDate on = filedPicker.getValue();
            Organisation org = orgChoice.getValue();
            DialogSubmit.run(tasks, messages, dialogs, () -> outcomes.fileAppeal(id, on, org == null ? null : org.id(), notes),
                    saveButton, problemsLabel, onSaved);
        }
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
