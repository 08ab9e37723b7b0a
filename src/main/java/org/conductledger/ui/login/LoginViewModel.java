package org.conductledger.ui.login;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.LoginResult;
import org.conductledger.ui.common.TaskRunner;

/** The login form: user name and password; failures are explained, the password field is cleared. */
public final class LoginViewModel {

    private final LedgerGate gate;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LoginViewModel(LedgerGate gate, TaskRunner tasks, Messages messages) {
        this.gate = gate;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Logs in with {@code password} (the caller clears its field); {@code onSuccess} gets the session. */
    public void login(char[] password, Consumer<LoginResult> onSuccess, Runnable onFailure) {
        if (username.get() == null || username.get().isBlank() || password.length == 0) {
            message.set(messages.get("login.missing"));
            onFailure.run();
            return;
        }
        busy.set(true);
        message.set("");
        String user = username.get();
        tasks.run(() -> {
            try {
                return gate.login(user, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof LedgerException e ? messages.describe(e) : messages.get("error.login.unexpected"));
            onFailure.run();
        });
    }

    public String databaseText() {
        return messages.get("login.database", gate.fileName());
    }

    public StringProperty usernameProperty() { return username; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
}
