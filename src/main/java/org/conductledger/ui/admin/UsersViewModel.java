package org.conductledger.ui.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Role;
import org.conductledger.model.Session;
import org.conductledger.model.UserAccount;
import org.conductledger.model.UserForm;
import org.conductledger.service.UserService;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.TaskRunner;

/**
 * User administration for the 系统管理员: list (with lockouts), create, edit organisation and roles,
 * reset a password (which also re-enables a disabled user), lift a lockout, disable.
 */
public final class UsersViewModel {

    private final UserService users;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Set<String>> lockedOut = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<UserAccount> editing = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsProblem = new SimpleBooleanProperty(false);

    public UsersViewModel(UserService users, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.users = users;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(false));
        }
    }

    public void reload() {
        tasks.run(() -> new Listing(users.list(), users.lockedOut()), listing -> {
            lockedOut.set(listing.locked());
            accounts.setAll(listing.accounts());
        }, dialogs::showError);
    }

    private record Listing(java.util.List<UserAccount> accounts, Set<String> locked) {
    }

    /** Empties the form for a new user. */
    public void startNew() {
        message.set("");
        editing.set(null);
        username.set("");
        fullName.set("");
        organisation.set(null);
        roles.values().forEach(p -> p.set(false));
    }

    /** Loads {@code user} into the form; saving then changes their name, organisation and roles. */
    public void startEdit(UserAccount user, java.util.function.Function<Long, Organisation> organisationById) {
        message.set("");
        editing.set(user);
        username.set(user.username());
        fullName.set(user.fullName());
        organisation.set(organisationById.apply(user.orgId()));
        roles.forEach((role, on) -> on.set(user.roles().contains(role)));
    }

    public void save(char[] password, char[] repeat, Runnable onSaved) {
        Organisation org = organisation.get();
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, on) -> {
            if (on.get()) {
                chosen.add(role);
            }
        });
        UserForm form = new UserForm(username.get(), fullName.get(), org == null ? null : org.id(), chosen, null);
        UserAccount edited = editing.get();
        if (edited == null) {
            run(() -> users.create(form, password, repeat), () -> {
                success(messages.get("users.created", form.username()));
                startNew();
                onSaved.run();
            }, password, repeat);
        } else {
            run(() -> users.update(edited.id(), form), () -> {
                success(messages.get("users.updated", edited.username()));
                startNew();
                onSaved.run();
            });
        }
    }

    public void resetPassword(UserAccount user, char[] password, char[] repeat) {
        run(() -> {
            users.resetPassword(user.id(), password, repeat);
            return null;
        }, () -> success(messages.get(user.active() ? "users.reset" : "users.resetEnabled", user.username())), password, repeat);
    }

    public void unlockAccount(UserAccount user) {
        run(() -> {
            users.unlockAccount(user.id());
            return null;
        }, () -> success(messages.get("users.unlocked", user.username())));
    }

    public void disable(UserAccount user) {
        if (dialogs.confirm(messages.get("users.disableConfirm", user.username()))) {
            run(() -> users.disable(user.id()), () -> success(messages.get("users.disabled", user.username())));
        }
    }

    private void success(String text) {
        messageIsProblem.set(false);
        message.set(text);
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
        }, failure -> {
            messageIsProblem.set(true);
            message.set(failure instanceof LedgerException e ? messages.describe(e) : messages.get("error.login.unexpected"));
        });
    }

    public String describeRoles(UserAccount user) {
        return String.join("、", user.roles().stream().map(messages::label).toList());
    }

    public String describeState(UserAccount user) {
        if (!user.active()) {
            return messages.get("users.state.disabled");
        }
        if (isLockedOut(user)) {
            return messages.get("users.state.locked");
        }
        return messages.get(user.mustChangePassword() ? "users.state.mustChange" : "users.state.active");
    }

    public boolean isLockedOut(UserAccount user) {
        return user != null && lockedOut.get().contains(user.username());
    }

    public boolean isSelf(UserAccount user) {
        return user != null && user.id() == users.session().userId();
    }

    public Session session() { return users.session(); }
    public ObservableList<UserAccount> accounts() { return accounts; }
    public ObjectProperty<Set<String>> lockedOutProperty() { return lockedOut; }
    public ObjectProperty<UserAccount> editingProperty() { return editing; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty fullNameProperty() { return fullName; }
    public ObjectProperty<Organisation> organisationProperty() { return organisation; }
    public BooleanProperty roleProperty(Role role) { return roles.get(role); }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty messageIsProblemProperty() { return messageIsProblem; }
}
