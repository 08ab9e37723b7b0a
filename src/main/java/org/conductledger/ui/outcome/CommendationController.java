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
import javafx.scene.layout.GridPane;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.Protection;
import org.conductledger.service.RecognitionService;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogSubmit;
import org.conductledger.ui.common.TaskRunner;

/**
 * Binds commendation.fxml: a commendation (表彰奖励, 2024 规定 第二十三条) or, in the protection mode, a
 * member attacked online for positive speech and the measures taken (保护支持, 第二十四条).
 */
public final class CommendationController {

    private final RecognitionService recognition;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private long memberId;
    private boolean protection;
    private Runnable onSaved = () -> { };

    @FXML private Label headingLabel;
    @FXML private GridPane commendationGrid;
    @FXML private ComboBox<CommendationLevel> levelChoice;
    @FXML private TextField awardingField;
    @FXML private TextField documentField;
    @FXML private DatePicker onPicker;
    @FXML private Label firstTextLabel;
    @FXML private TextArea firstArea;
    @FXML private Label secondTextLabel;
    @FXML private TextArea secondArea;
    @FXML private Label problemsLabel;
    @FXML private Button saveButton;

    public CommendationController(RecognitionService recognition, TaskRunner tasks, DialogService dialogs, Messages messages,
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
        levelChoice.setConverter(Converters.labelled(messages));
        levelChoice.getItems().setAll(CommendationLevel.values());
    }

    /** {@code protection}: record 保护支持 instead of a commendation. */
    public void start(long memberId, String memberName, boolean protection, Runnable onSaved) {
        this.memberId = memberId;
        this.protection = protection;
        this.onSaved = onSaved;
        headingLabel.setText(messages.get(protection ? "protection.heading" : "commendation.heading", memberName));
        commendationGrid.setVisible(!protection);
        commendationGrid.setManaged(!protection);
        firstTextLabel.setText(messages.get(protection ? "protection.field.situation" : "commendation.field.reason"));
        secondTextLabel.setVisible(protection);
        secondTextLabel.setManaged(protection);
        secondArea.setVisible(protection);
        secondArea.setManaged(protection);
    }

    @FXML
    private void save() {
        if (protection) {
            Protection p = new Protection(0, memberId, onPicker.getValue(), firstArea.getText(), secondArea.getText());
            DialogSubmit.run(tasks, messages, dialogs, () -> recognition.protect(p), saveButton, problemsLabel, onSaved);
        } else {
            Commendation c = new Commendation(0, memberId, levelChoice.getValue(), awardingField.getText(), firstArea.getText(),
                    onPicker.getValue(), documentField.getText());
            DialogSubmit.run(tasks, messages, dialogs, () -> recognition.commend(c), saveButton, problemsLabel, onSaved);
        }
    }

    @FXML
    private void cancel() {
        saveButton.getScene().getWindow().hide();
    }
}
