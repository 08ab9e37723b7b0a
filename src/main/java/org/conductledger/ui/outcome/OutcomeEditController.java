package org.conductledger.ui.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.Organisation;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.ValidationException;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.OutcomeService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds outcome_edit.fxml: records a decision (处理决定) about one subject of a case. It says at once
 * whether the deciding organisation holds 干部管理权限 (asking for the override reason when not), disables
 * measures that do not fit the member, and shows warnings that need an explicit "record anyway".
 */
public final class OutcomeEditController {

    private final OutcomeService outcomes;
    private final MemberService members;
    private final OrganisationService organisations;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final MeasureChecklist checklist;
    private CaseFile caseFile;
    private Runnable onSaved = () -> { };

    @FXML private Label headingLabel;
    @FXML private ComboBox<CaseFile.Subject> memberChoice;
    @FXML private DatePicker decidedPicker;
    @FXML private ComboBox<Organisation> orgChoice;
    @FXML private DatePicker effectivePicker;
    @FXML private TextField documentField;
    @FXML private Label authorityLabel;
    @FXML private HBox overrideBox;
    @FXML private TextField overrideField;
    @FXML private VBox measuresBox;
    @FXML private TextArea notesArea;
    @FXML private Label problemsLabel;
    @FXML private CheckBox acceptCheck;
    @FXML private Button saveButton;

    public OutcomeEditController(OutcomeService outcomes, MemberService members, OrganisationService organisations,
                                 TaskRunner tasks, DialogService dialogs, Messages messages, Clock clock) {
        this.outcomes = outcomes;
        this.members = members;
        this.organisations = organisations;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.checklist = new MeasureChecklist(messages);
    }

    private record Setup(List<OutcomeType> types, List<Organisation> organisations) {
    }

    private record Check(Member member, Boolean authority) {
    }

    @FXML
    private void initialize() {
        DateFields.install(decidedPicker);
        DateFields.install(effectivePicker);
        decidedPicker.setValue(LocalDate.now(clock));
        memberChoice.setConverter(Converters.of(s -> s == null ? "" : s.name() + "（" + s.orgName() + "）"));
        orgChoice.setConverter(Converters.of(o -> o == null ? "" : o.name()));
        showOverride(false);
        memberChoice.valueProperty().addListener((obs, o, n) -> check());
        orgChoice.valueProperty().addListener((obs, o, n) -> check());
    }

    public void start(CaseFile c, Runnable onSaved) {
        this.caseFile = c;
        this.onSaved = onSaved;
        headingLabel.setText(messages.get("outcome.heading", c.id()));
        memberChoice.getItems().setAll(c.subjects());
        tasks.run(() -> new Setup(outcomes.types(), organisations.all()), setup -> {
            checklist.fill(measuresBox, setup.types());
            orgChoice.getItems().setAll(setup.organisations().stream().filter(Organisation::active).toList());
            orgChoice.getItems().stream().filter(o -> o.id() == c.orgId()).findFirst().ifPresent(orgChoice::setValue);
            if (c.subjects().size() == 1) {
                memberChoice.setValue(c.subjects().get(0));
            }
            measuresBox.getScene().getWindow().sizeToScene();
        }, dialogs::showError);
    }

    /** Re-checks the member's eligibility and the deciding organisation's authority in the background. */
    private void check() {
        CaseFile.Subject subject = memberChoice.getValue();
        Organisation org = orgChoice.getValue();
        if (subject == null) {
            return;
        }
        tasks.run(() -> new Check(members.get(subject.memberId()),
                org == null ? null : outcomes.holdsAuthority(subject.memberId(), org.id())), result -> {
            checklist.restrictTo(result.member(), outcomes::mayRecord);
            if (result.authority() == null) {
                authorityLabel.setText("");
                showOverride(false);
            } else {
                authorityLabel.setText(messages.get(result.authority() ? "outcome.authority.holds" : "outcome.authority.missing",
                        org.name(), result.member().name()));
                authorityLabel.getStyleClass().remove("problems");
                if (!result.authority()) {
                    authorityLabel.getStyleClass().add("problems");
                }
                showOverride(!result.authority());
            }
        }, dialogs::showError);
    }

    private void showOverride(boolean shown) {
        overrideBox.setVisible(shown);
        overrideBox.setManaged(shown);
        if (!shown) {
            overrideField.clear();
        }
    }

    @FXML
    private void save() {
        CaseFile.Subject subject = memberChoice.getValue();
        if (subject == null) {
            problemsLabel.setText(messages.get("outcome.chooseMember"));
            return;
        }
        Organisation org = orgChoice.getValue();
        OutcomeForm form = new OutcomeForm(caseFile.id(), subject.memberId(), checklist.selectedIds(), decidedPicker.getValue(),
                org == null ? null : org.id(), documentField.getText(), effectivePicker.getValue(), notesArea.getText(),
                overrideField.getText(), acceptCheck.isSelected());
        saveButton.setDisable(true);
        tasks.run(() -> outcomes.record(form), saved -> {
            onSaved.run();
            saveButton.getScene().getWindow().hide();
        }, failure -> {
            saveButton.setDisable(false);
            if (failure instanceof ValidationException v
                    && v.problems().stream().allMatch(p -> p.messageKey().startsWith("warning."))) {
                problemsLabel.setText(messages.describe(v));
                acceptCheck.setSelected(false);
                acceptCheck.setVisible(true);
                acceptCheck.setManaged(true);
            } else if (failure instanceof LedgerException known) {
                problemsLabel.setText(messages.describe(known));
            } else {
                dialogs.showError(failure);
            }
        });
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
