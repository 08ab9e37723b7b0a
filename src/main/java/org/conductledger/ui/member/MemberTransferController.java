package org.conductledger.ui.member;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.model.ChangeField;
import org.conductledger.model.Organisation;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.Decorations;
import org.controlsfx.control.SearchableComboBox;

/** Binds member_transfer.fxml: move a member to another organisation, kept in the history. */
public final class MemberTransferController {

    private final MemberChangeViewModel viewModel;
    private Runnable onSaved = () -> { };

    @FXML private Label memberLabel;
    @FXML private SearchableComboBox<Organisation> targetChoice;
    @FXML private DatePicker datePicker;
    @FXML private TextField reasonField;
    @FXML private Label problemsLabel;
    @FXML private Label noteLabel;
    @FXML private Button saveButton;

    public MemberTransferController(MemberChangeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        memberLabel.textProperty().bind(viewModel.memberTextProperty());
        targetChoice.setItems(viewModel.targetChoices());
        targetChoice.setConverter(Converters.of(o -> viewModel.organisations().pathName(o)));
        targetChoice.valueProperty().bindBidirectional(viewModel.targetProperty());
        viewModel.dateUnreadableProperty().bind(DateFields.install(datePicker));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        noteLabel.visibleProperty().bind(viewModel.secretaryProperty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        saveButton.disableProperty().bind(viewModel.readyProperty().not());
        Decorations.bind(viewModel.problems(), Map.of(ChangeField.TARGET_ORG, targetChoice,
                ChangeField.DATE, datePicker, ChangeField.REASON, reasonField));
    }

    public void start(long memberId, Runnable onSaved) {
        this.onSaved = onSaved;
        viewModel.start(memberId);
    }

    @FXML
    private void save() {
        viewModel.saveTransfer(() -> {
            close();
            onSaved.run();
        });
    }

    @FXML
    private void close() {
        ((Stage) saveButton.getScene().getWindow()).close();
    }
}
