package org.conductledger.ui.login;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** Binds password_change.fxml. */
public final class PasswordChangeController {

    private final PasswordChangeViewModel viewModel;
    private Runnable onChanged = () -> { };
    private Runnable onCancel = () -> { };

    @FXML private Label introLabel;
    @FXML private PasswordField oldPasswordField;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField repeatField;
    @FXML private Label messageLabel;
    @FXML private Button changeButton;
    @FXML private Button cancelButton;

    public PasswordChangeController(PasswordChangeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        changeButton.disableProperty().bind(viewModel.busyProperty());
    }

    /**
     * @param cancelText {@code 取消} when opened from the menu, {@code 退出登录} for the forced change
     * @param onCancel   closes the dialog, or ends the session
     */
    public void start(String intro, Runnable onChanged, String cancelText, Runnable onCancel) {
        introLabel.setText(intro);
        this.onChanged = onChanged;
        cancelButton.setText(cancelText);
        this.onCancel = onCancel;
    }

    @FXML
    private void cancel() {
        onCancel.run();
    }

    /** Closes the window when the form was opened as a dialog (from the menu). */
    public void closeWindow() {
        changeButton.getScene().getWindow().hide();
    }

    @FXML
    private void change() {
        char[] old = oldPasswordField.getText().toCharArray();
        char[] next = newPasswordField.getText().toCharArray();
        char[] repeat = repeatField.getText().toCharArray();
        viewModel.change(old, next, repeat, () -> {
            oldPasswordField.clear();
            newPasswordField.clear();
            repeatField.clear();
            onChanged.run();
        });
    }
}
