package org.conductledger.ui.admin;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserForm;
import org.conductledger.service.UserService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/** User administration for the 系统管理员: list, create, disable, reset password. */
public final class UsersViewModel {

    private final UserService users;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private final StringProperty message = new SimpleStringProperty("");

    public UsersViewModel(UserService users, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.users = users;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void reload() {
        tasks.run(users::list, accounts::setAll, dialogs::showError);
    }

    public void setRole(Role role, boolean on) {
        if (on) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
    }

    public void create(char[] password, char[] repeat, Runnable onCreated) {
        Organisation org = organisation.get();
        UserForm form = new UserForm(username.get(), fullName.get(), org == null ? null : org.id(), Set.copyOf(roles), null);
        run(() -> users.create(form, password, repeat), () -> {
            message.set(messages.get("users.created", form.username()));
            onCreated.run();
        }, password, repeat);
    }

    public void resetPassword(UserAccount user, char[] password, char[] repeat, Runnable onDone) {
        run(() -> {
            users.resetPassword(user.id(), password, repeat);
            return null;
        }, () -> {
            message.set(messages.get("users.reset", user.username()));
            onDone.run();
        }, password, repeat);
    }

    public void disable(UserAccount user) {
        if (dialogs.confirm(messages.get("users.disableConfirm", user.username()))) {
            run(() -> users.disable(user.id()), () -> message.set(messages.get("users.disabled", user.username())));
        }
    }

    private void run(java.util.concurrent.Callable<?> work, Runnable onSuccess, char[]... secrets) {
        message.set("");
        tasks.run(() -> {
            try {
                return work.call();
            } finally {
                for (char[] secret : secrets) {
                    java.util.Arrays.fill(secret, '\0');
                }
            }
        }, ok -> {
            onSuccess.run();
            reload();
        }, failure -> message.set(failure instanceof LedgerException e ? messages.describe(e) : messages.get("error.login.unexpected")));
    }

    public String describeRoles(UserAccount user) {
        return String.join("、", user.roles().stream().map(messages::label).toList());
    }

    public ObservableList<UserAccount> accounts() { return accounts; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty fullNameProperty() { return fullName; }
    public ObjectProperty<Organisation> organisationProperty() { return organisation; }
    public StringProperty messageProperty() { return message; }
}
