package org.conductledger.ui.login;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.conductledger.service.LoginResult;

/** Binds login.fxml. */
public final class LoginController {

    private final LoginViewModel viewModel;
    private final ConnectionDialog connectionDialog;
    private Consumer<LoginResult> onSuccess = r -> { };

    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Label databaseLabel;
    @FXML private Button loginButton;

    public LoginController(LoginViewModel viewModel, ConnectionDialog connectionDialog) {
        this.viewModel = viewModel;
        this.connectionDialog = connectionDialog;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        databaseLabel.setText(viewModel.databaseText());
        loginButton.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(usernameField::requestFocus);
    }

    public void onSuccess(Consumer<LoginResult> onSuccess) {
        this.onSuccess = onSuccess;
    }

    /** Shows why the ledger could not be opened (e.g. the server is unreachable), so the user can fix the connection. */
    public void explain(String message) {
        viewModel.messageProperty().set(message);
    }

    @FXML
    private void openConnection() {
        connectionDialog.open(loginButton.getScene().getWindow());
    }

    @FXML
    private void login() {
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        viewModel.login(password, onSuccess, passwordField::requestFocus);
    }
}
