package org.conductledger.ui.member;

import java.util.HashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.model.ChangeField;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.Decorations;

/**
 * What the transfer and status-change dialogs share: the member line, date, reason, problems, the
 * secretary note and save/close. Subclasses bind their one choice (target organisation or new status).
 */
abstract class MemberChangeController {

    protected final MemberChangeViewModel viewModel;
    private Runnable onSaved = () -> { };

    @FXML private Label memberLabel;
    @FXML private DatePicker datePicker;
    @FXML private TextField reasonField;
    @FXML private Label problemsLabel;
    @FXML private Label noteLabel;
    @FXML private Button saveButton;

    MemberChangeController(MemberChangeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        memberLabel.textProperty().bind(viewModel.memberTextProperty());
        viewModel.dateUnreadableProperty().bind(DateFields.install(datePicker));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        noteLabel.visibleProperty().bind(viewModel.secretaryProperty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        saveButton.disableProperty().bind(viewModel.readyProperty().not());
        Map<ChangeField, Control> controls = new HashMap<>(Map.of(ChangeField.DATE, datePicker, ChangeField.REASON, reasonField));
        controls.putAll(bindChoice());
        Decorations.bind(viewModel.problems(), controls);
    }

    /** Binds the dialog's own choice and returns it keyed by its field, for error marks. */
    protected abstract Map<ChangeField, Control> bindChoice();

    /** Saves through the view model, calling {@code done} on success. */
    protected abstract void save(Runnable done);

    public void start(long memberId, Runnable onSaved) {
        this.onSaved = onSaved;
        viewModel.start(memberId);
    }

    @FXML
    private void save() {
        save(() -> {
            close();
            onSaved.run();
        });
    }

    @FXML
    private void close() {
        ((Stage) saveButton.getScene().getWindow()).close();
    }
}
