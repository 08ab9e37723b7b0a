package org.conductledger.ui.login;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConnectionField;
import org.conductledger.model.ConnectionMode;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Problem;
import org.conductledger.model.TlsMode;
import org.conductledger.model.ValidationException;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.service.ServerCheck;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.FieldProblems;
import org.conductledger.ui.common.TaskRunner;

/**
 * The 数据库连接 dialog: the embedded file or a PostgreSQL server (address, service account, TLS), a preview of
 * the JDBC URL (never the password), 测试连接 in the background, and saving to {@code connection.properties}.
 * The password is handed in by the controller at the moment it is needed and is never a property here.
 */
public final class ConnectionViewModel {

    private final ConnectionSettingsStore store;
    private final ServerCheck check;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;

    private final ObjectProperty<ConnectionMode> mode = new SimpleObjectProperty<>(ConnectionMode.EMBEDDED);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ConnectionSettings.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tlsMode = new SimpleObjectProperty<>(TlsMode.VERIFY_FULL);
    private final StringProperty rootCertificate = new SimpleStringProperty("");
    /** URL parameters of a hand-written file beyond the TLS ones: kept as they are. */
    private String options = "";
    private final StringBinding url;
    private final BooleanBinding server = Bindings.equal(mode, ConnectionMode.SERVER);
    private final FieldProblems<ConnectionField> problems;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty succeeded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** False until the saved settings are in: what is typed before would be overwritten by them. */
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    /** Once a save or test showed problems, they follow the typing (and disappear as they are fixed). */
    private boolean checking;

    public ConnectionViewModel(ConnectionSettingsStore store, ServerCheck check, TaskRunner tasks, Messages messages,
                               DialogService dialogs) {
        this.store = store;
        this.check = check;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.problems = new FieldProblems<>(ConnectionField.class, messages);
        this.url = Bindings.createStringBinding(() -> ConnectionSettings.jdbcUrl(host.get(), port.get(), database.get(),
                tlsMode.get(), rootCertificate.get(), options), host, port, database, tlsMode, rootCertificate);
        for (ObservableValue<?> input : List.of(mode, host, port, database, user)) {
            input.addListener((obs, old, now) -> {
                if (checking) {
                    problems.setAll(settings(null).problems());
                }
            });
        }
    }

    /** Reads the saved settings in the background; {@code storedPassword} gets the kept password, if any. */
    public void load(Consumer<char[]> storedPassword) {
        busy.set(true);
        tasks.run(store::load, settings -> {
            busy.set(false);
            fill(settings);
            if (settings.password() != null) {
                storedPassword.accept(settings.password());
            }
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            loaded.set(true);          // start from the defaults; saving replaces the unreadable file
            fail(failure);
        });
    }

    private void fill(ConnectionSettings settings) {
        mode.set(settings.mode());
        if (settings.isServer()) {
            host.set(settings.host());
            port.set(Integer.toString(settings.port()));
            database.set(settings.database());
            user.set(settings.user());
            options = settings.options();
            tlsMode.set(settings.tlsMode() == null ? TlsMode.VERIFY_FULL : settings.tlsMode());
            rootCertificate.set(settings.rootCertificate());
        }
    }

    /** The settings as typed, with {@code password} (null or empty: none kept, the environment's is used). */
    ConnectionSettings settings(char[] password) {
        if (mode.get() != ConnectionMode.SERVER) {
            return ConnectionSettings.EMBEDDED;
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        return new ConnectionSettings(ConnectionMode.SERVER, host.get(), portNumber, database.get(), user.get(), password,
                tlsMode.get(), rootCertificate.get(), options);
    }

    /** False (and the problems shown beside the fields) when the settings are incomplete. */
    private boolean valid(ConnectionSettings settings) {
        List<Problem> found = settings.problems();
        problems.setAll(found);
        checking = checking || !found.isEmpty();
        if (!found.isEmpty()) {
            showMessage(messages.get("connection.problemsSummary", found.size()), false);
        }
        return found.isEmpty();
    }

    /** 测试连接: reaches the server in the background and says what it found there. */
    public void test(char[] password) {
        ConnectionSettings settings = settings(password);
        if (!settings.isServer() || !valid(settings)) {
            return;
        }
        busy.set(true);
        showMessage(messages.get("connection.testing", settings.host(), Integer.toString(settings.port()), settings.database()), false);
        tasks.run(() -> check.check(settings), result -> {
            busy.set(false);
            showMessage(result.empty() ? messages.get("connection.test.empty", settings.database(), result.latestKnownVersion())
                    : messages.get("connection.test.ok", result.schemaVersion(), result.latestKnownVersion()), true);
        }, failure -> {
            busy.set(false);
            fail(failure);
        });
    }

    /** 保存: checks the fields, writes the file in the background, then hands the settings on (the app switches to them). */
    public void save(char[] password, Consumer<ConnectionSettings> onSaved) {
        ConnectionSettings settings = settings(password);
        if (!valid(settings)) {
            return;
        }
        busy.set(true);
        showMessage("", false);
        tasks.run(() -> {
            store.save(settings);
            return settings;
        }, saved -> {
            busy.set(false);
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            fail(failure);
        });
    }

    /** 选择… beside 根证书文件. */
    public void chooseRootCertificate() {
        dialogs.chooseCertificateToOpen().ifPresent(file -> rootCertificate.set(file.toAbsolutePath().toString()));
    }

    private void fail(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            problems.setAll(invalid.problems());
            checking = true;
            showMessage(messages.get("connection.problemsSummary", invalid.problems().size()), false);
        } else if (failure instanceof LedgerException known) {
            showMessage(messages.describe(known), false);
        } else {
            showMessage("", false);
            dialogs.showError(failure);
        }
    }

    private void showMessage(String text, boolean success) {
        succeeded.set(success);
        message.set(text);
    }

    /** The hint under the password field: whether the environment variable would supply one. */
    public String passwordHint() {
        return messages.get(store.environmentHasPassword() ? "connection.passwordHint.envSet" : "connection.passwordHint.envUnset",
                ConnectionSettingsStore.PASSWORD_VARIABLE);
    }

    public ObjectProperty<ConnectionMode> modeProperty() { return mode; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public ObjectProperty<TlsMode> tlsModeProperty() { return tlsMode; }
    public StringProperty rootCertificateProperty() { return rootCertificate; }
    public StringBinding urlProperty() { return url; }
    public BooleanBinding serverProperty() { return server; }
    public FieldProblems<ConnectionField> problems() { return problems; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty succeededProperty() { return succeeded; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty loadedProperty() { return loaded; }
}
