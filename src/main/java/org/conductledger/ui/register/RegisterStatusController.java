package org.conductledger.ui.register;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.conductledger.i18n.Messages;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;
import org.conductledger.service.RegisterService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/** Binds register_status.fxml: a new status for a record, with the date it took effect and why. */
public final class RegisterStatusController {

    private final RegisterService registers;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.time.Clock clock;
    private RegisterRecord record;
    private Runnable onSaved = () -> { };

    @FXML private Label recordLabel;
    @FXML private ComboBox<RegisterStatus> statusChoice;
    @FXML private DatePicker datePicker;
    @FXML private TextField reasonField;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public RegisterStatusController(RegisterService registers, TaskRunner tasks, DialogService dialogs, Messages messages,
                                    java.time.Clock clock) {
        this.registers = registers;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        statusChoice.setConverter(Converters.labelled(messages));
        DateFields.install(datePicker);
        datePicker.setValue(LocalDate.now(clock));
    }

    public void start(RegisterRecord record, Runnable onSaved) {
        this.record = record;
        this.onSaved = onSaved;
        recordLabel.setText(messages.get("register.status.record", messages.label(record.kind()), record.memberName(),
                record.platformName(), record.form().name(), messages.label(record.status())));
        statusChoice.getItems().setAll(record.kind().statuses().stream()
                .filter(s -> s != record.status() && s != RegisterStatus.CHANGED).toList());
        if (!record.isOpen()) {
            problemsLabel.setText(messages.get("validation.register.closed"));
            saveButton.setDisable(true);
        }
    }

    @FXML
    private void save() {
        RegisterStatus target = statusChoice.getValue();
        LocalDate on = datePicker.getValue();
        String reason = reasonField.getText();
        if (target == null) {
            problemsLabel.setText(messages.get("validation.fieldPrefix", messages.get("enum.RegisterField.STATUS"),
                    messages.get("validation.required")));
            return;
        }
        if (target.isClosed() && !dialogs.confirm(messages.get("register.status.confirmClose", messages.label(target)))) {
            return;
        }
        DialogSubmit.run(tasks, messages, dialogs, () -> registers.changeStatus(record.id(), target, on, reason), saveButton, problemsLabel,
                onSaved);
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
