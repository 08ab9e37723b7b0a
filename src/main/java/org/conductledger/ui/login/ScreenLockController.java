package org.conductledger.ui.login;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.service.UserService;
import org.conductledger.ui.common.TaskRunner;

/**
 * The lock shown after the idle timeout, over the still-open windows (nothing typed is lost). The same
 * password and lockout as a login; a lockout ends the session.
 */
public final class ScreenLockController {

    private final UserService users;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable onUnlocked = () -> { };
    private java.util.function.Consumer<String> onLockedOut = m -> { };
    private boolean lockedOut;

    @FXML private Label userLabel;
    @FXML private Label introLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Button unlockButton;

    public ScreenLockController(UserService users, TaskRunner tasks, Messages messages) {
        this.users = users;
        this.tasks = tasks;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(message);
        userLabel.setText(messages.get("lock.user", users.session().fullName(), users.session().username()));
        Platform.runLater(passwordField::requestFocus);
    }

    /**
     * @param manual      whether the user locked it (Ctrl+L) rather than the idle timeout
     * @param onLockedOut runs when the user acknowledges a lockout (the session must end)
     */
    public void start(boolean manual, Runnable onUnlocked, java.util.function.Consumer<String> onLockedOut) {
        introLabel.setText(messages.get(manual ? "lock.introManual" : "lock.introIdle"));
        this.onUnlocked = onUnlocked;
        this.onLockedOut = onLockedOut;
    }

    @FXML
    private void unlock() {
        if (lockedOut) {
            onLockedOut.accept(message.get());
            return;
        }
        char[] password = passwordField.getText().toCharArray();
        passwordField.clear();
        unlockButton.setDisable(true);
        tasks.run(() -> {
            try {
                users.unlockScreen(password);
                return true;
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, ok -> {
            unlockButton.setDisable(false);
            onUnlocked.run();
        }, failure -> {
            unlockButton.setDisable(false);
            message.set(failure instanceof LedgerException e ? messages.describe(e) : messages.get("error.login.unexpected"));
            if (failure instanceof LedgerException e && "error.login.lockedNow".equals(e.messageKey())) {
                lockedOut = true;
                introLabel.setText(messages.get("lock.lockedOut"));
                message.set(messages.describe(e));
                passwordField.setDisable(true);
                unlockButton.setText(messages.get("lock.exit"));
            }
        });
    }
}
