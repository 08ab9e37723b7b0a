package org.conductledger.ui.outcome;

import java.time.Clock;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CaseFile;
import org.conductledger.model.Clarification;
import org.conductledger.model.ClarificationMethod;
import org.conductledger.model.ClarificationTrigger;
import org.conductledger.service.RecognitionService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.ui.common.TaskRunner;

/** Binds clarification.fxml: 澄清正名 of a subject of a case closed as untrue (2024 规定 第二十四条). */
public final class ClarificationController {

    private final RecognitionService recognition;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private CaseFile caseFile;
    private Runnable onSaved = () -> { };

    @FXML private Label headingLabel;
    @FXML private ComboBox<CaseFile.Subject> memberChoice;
    @FXML private ComboBox<ClarificationTrigger> triggerChoice;
    @FXML private ComboBox<ClarificationMethod> methodChoice;
    @FXML private TextField scopeField;
    @FXML private DatePicker onPicker;
    @FXML private TextArea notesArea;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public ClarificationController(RecognitionService recognition, TaskRunner tasks, DialogService dialogs, Messages messages,
                                   Clock clock) {
        this.recognition = recognition;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        DateFields.install(onPicker);
        onPicker.setValue(LocalDate.now(clock));
        memberChoice.setConverter(Converters.of(s -> s == null ? "" : s.name() + "（" + s.orgName() + "）"));
        triggerChoice.setConverter(Converters.labelled(messages));
        triggerChoice.getItems().setAll(ClarificationTrigger.values());
        methodChoice.setConverter(Converters.labelled(messages));
        methodChoice.getItems().setAll(ClarificationMethod.values());
    }

    public void start(CaseFile c, Runnable onSaved) {
        this.caseFile = c;
        this.onSaved = onSaved;
        headingLabel.setText(messages.get("clarification.heading", c.id()));
        memberChoice.getItems().setAll(c.subjects());
        if (c.subjects().size() == 1) {
            memberChoice.setValue(c.subjects().get(0));
        }
    }

    @FXML
    private void save() {
        CaseFile.Subject subject = memberChoice.getValue();
        if (subject == null) {
            problemsLabel.setText(messages.get("outcome.chooseMember"));
            return;
        }
        Clarification c = new Clarification(0, caseFile.id(), subject.memberId(), triggerChoice.getValue(),
                methodChoice.getValue(), scopeField.getText(), onPicker.getValue(), notesArea.getText());
        DialogSubmit.run(tasks, messages, dialogs, () -> recognition.clarify(c), saveButton, problemsLabel, onSaved);
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
