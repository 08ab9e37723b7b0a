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
    private Consumer<LoginResult> onSuccess = r -> { };

    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Label databaseLabel;
    @FXML private Button loginButton;

    public LoginController(LoginViewModel viewModel) {
        this.viewModel = viewModel;
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

    @FXML
    private void login() {
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        viewModel.login(password, onSuccess, passwordField::requestFocus);
    }
}
