package org.conductledger.ui.member;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ChangeField;
import org.conductledger.model.MemberStatus;
import org.conductledger.ui.common.Converters;
import org.conductledger.ui.common.DateFields;
import org.conductledger.ui.common.Decorations;

/** Binds member_status.fxml: 正常 / 停止党籍 / 已转出 / 已出党 / 死亡, with date and reason. */
public final class MemberStatusController {

    private final MemberChangeViewModel viewModel;
    private final Messages messages;
    private Runnable onSaved = () -> { };

    @FXML private Label memberLabel;
    @FXML private ComboBox<MemberStatus> statusChoice;
    @FXML private DatePicker datePicker;
    @FXML private TextField reasonField;
    @FXML private Label problemsLabel;
    @FXML private Label noteLabel;
    @FXML private Button saveButton;

    public MemberStatusController(MemberChangeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        memberLabel.textProperty().bind(viewModel.memberTextProperty());
        statusChoice.setItems(viewModel.statusChoices());
        statusChoice.setConverter(Converters.labelled(messages));
        statusChoice.valueProperty().bindBidirectional(viewModel.statusProperty());
        viewModel.dateUnreadableProperty().bind(DateFields.install(datePicker));
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        problemsLabel.textProperty().bind(viewModel.problems().summaryProperty());
        noteLabel.visibleProperty().bind(viewModel.secretaryProperty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        saveButton.disableProperty().bind(viewModel.readyProperty().not());
        Decorations.bind(viewModel.problems(), Map.of(ChangeField.STATUS, statusChoice,
                ChangeField.DATE, datePicker, ChangeField.REASON, reasonField));
    }

    public void start(long memberId, Runnable onSaved) {
        this.onSaved = onSaved;
        viewModel.start(memberId);
    }

    @FXML
    private void save() {
        viewModel.saveStatus(() -> {
            close();
            onSaved.run();
        });
    }

    @FXML
    private void close() {
        ((Stage) saveButton.getScene().getWindow()).close();
    }
}
