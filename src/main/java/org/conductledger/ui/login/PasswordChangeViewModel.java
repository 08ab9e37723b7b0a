package org.conductledger.ui.login;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.service.UserService;
import org.conductledger.ui.common.TaskRunner;

/** Changing one's own password: after a reset (forced) or from the menu. */
public final class PasswordChangeViewModel {

    private final UserService users;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final org.conductledger.ui.common.SessionControl sessionControl;

    public PasswordChangeViewModel(UserService users, TaskRunner tasks, Messages messages,
                                   org.conductledger.ui.common.SessionControl sessionControl) {
        this.sessionControl = sessionControl;
        this.users = users;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void change(char[] old, char[] next, char[] repeat, Runnable onSuccess) {
        busy.set(true);
        tasks.run(() -> {
            try {
                users.changeOwnPassword(old, next, repeat);
                return true;
            } finally {
                java.util.Arrays.fill(old, '\0');
                java.util.Arrays.fill(next, '\0');
                java.util.Arrays.fill(repeat, '\0');
            }
        }, ok -> {
            busy.set(false);
            onSuccess.run();
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof LedgerException e ? messages.describe(e) : messages.get("error.login.unexpected"));
            if (failure instanceof LedgerException e && "error.login.lockedNow".equals(e.messageKey())) {
                sessionControl.lockedOut(message.get());
            }
        });
    }

    /** Ends the session instead of changing the password (the forced change after a reset). */
    public void logout() {
        sessionControl.logout();
    }

    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
}
