package org.conductledger.ui.login;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.conductledger.i18n.Messages;
import org.conductledger.model.OrgType;
import org.conductledger.service.LoginResult;
import org.conductledger.ui.common.Converters;

/** Binds first_run.fxml. */
public final class FirstRunController {

    private final FirstRunViewModel viewModel;
    private final Messages messages;
    private final ConnectionDialog connectionDialog;
    private Consumer<LoginResult> onSuccess = r -> { };

    @FXML private TextField orgNameField;
    @FXML private TextField orgCodeField;
    @FXML private ComboBox<OrgType> orgTypeChoice;
    @FXML private TextField usernameField;
    @FXML private TextField fullNameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private CheckBox orgDepartmentCheck;
    @FXML private Label messageLabel;
    @FXML private Button createButton;
    @FXML private Label databaseLabel;
    @FXML private Label introLabel;
    @FXML private javafx.scene.control.RadioButton demoChoice;
    @FXML private Label demoNote;
    @FXML private javafx.scene.control.ProgressBar demoProgress;

    public FirstRunController(FirstRunViewModel viewModel, Messages messages, ConnectionDialog connectionDialog) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.connectionDialog = connectionDialog;
    }

    @FXML
    private void initialize() {
        orgNameField.textProperty().bindBidirectional(viewModel.orgNameProperty());
        orgCodeField.textProperty().bindBidirectional(viewModel.orgCodeProperty());
        orgTypeChoice.getItems().setAll(OrgType.PARTY_COMMITTEE, OrgType.WORKING_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH);
        orgTypeChoice.setConverter(Converters.labelled(messages));
        orgTypeChoice.valueProperty().bindBidirectional(viewModel.orgTypeProperty());
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        fullNameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        orgDepartmentCheck.selectedProperty().bindBidirectional(viewModel.alsoOrgDepartmentProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        createButton.disableProperty().bind(viewModel.busyProperty());
        databaseLabel.setText(viewModel.databaseText());
        viewModel.serverIntro().ifPresent(introLabel::setText);
        demoChoice.selectedProperty().bindBidirectional(viewModel.demoProperty());
        demoChoice.disableProperty().bind(viewModel.busyProperty());
        demoNote.visibleProperty().bind(demoChoice.selectedProperty());
        demoNote.managedProperty().bind(demoChoice.selectedProperty());
        demoProgress.progressProperty().bind(viewModel.demoProgressProperty());
        demoProgress.visibleProperty().bind(viewModel.generatingProperty());
        demoProgress.managedProperty().bind(viewModel.generatingProperty());
    }

    public void onSuccess(Consumer<LoginResult> onSuccess) {
        this.onSuccess = onSuccess;
    }

    /** Shows why the configured ledger could not be used (this screen then stands for the embedded file). */
    public void explain(String message) {
        viewModel.messageProperty().set(message);
    }

    @FXML
    private void openConnection() {
        connectionDialog.open(createButton.getScene().getWindow());
    }

    @FXML
    private void create() {
        char[] password = passwordField.getText().toCharArray();
        char[] repeat = repeatField.getText().toCharArray();
        viewModel.create(password, repeat, onSuccess);
    }
}
