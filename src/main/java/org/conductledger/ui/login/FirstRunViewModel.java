package org.conductledger.ui.login;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conductledger.i18n.Messages;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrgType;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.Role;
import org.conductledger.model.ValidationException;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.LoginResult;
import org.conductledger.ui.common.TaskRunner;

/** First start: the root organisation and the administrator (password twice). */
public final class FirstRunViewModel {

    private final LedgerGate gate;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty orgName = new SimpleStringProperty("");
    private final StringProperty orgCode = new SimpleStringProperty("");
    private final ObjectProperty<OrgType> orgType = new SimpleObjectProperty<>(OrgType.PARTY_COMMITTEE);
    private final StringProperty username = new SimpleStringProperty("admin");
    private final StringProperty fullName = new SimpleStringProperty("");
    /** On a one-person PC the administrator also keeps the records (组织部门); off for 三员 separation. */
    private final BooleanProperty alsoOrgDepartment = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** 用演示数据体验 rather than 从空台账开始 (issue 12): the new ledger is filled with demo data in the background. */
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    private final BooleanProperty generating = new SimpleBooleanProperty(false);
    private final DemoStart demoStart;

    public FirstRunViewModel(LedgerGate gate, TaskRunner tasks, Messages messages) {
        this.gate = gate;
        this.tasks = tasks;
        this.messages = messages;
        this.demoStart = new DemoStart(messages);
    }

    public void create(char[] password, char[] repeat, Consumer<LoginResult> onSuccess) {
        OrganisationForm root = new OrganisationForm(orgName.get(), orgCode.get(), orgType.get(), null, null);
        Set<Role> extra = alsoOrgDepartment.get() ? EnumSet.of(Role.ORG_DEPARTMENT) : EnumSet.noneOf(Role.class);
        String user = username.get();
        String name = fullName.get() == null || fullName.get().isBlank() ? user : fullName.get();
        busy.set(true);
        message.set("");
        boolean withDemo = demo.get();
        tasks.run(() -> {
            try {
                LoginResult result = gate.initialise(root, user, name, extra, password, repeat);
                if (withDemo) {
                    fillWithDemoData(result);
                }
                return result;
            } finally {
                java.util.Arrays.fill(password, '\0');
                java.util.Arrays.fill(repeat, '\0');
            }
        }, result -> {
            busy.set(false);
            generating.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof ValidationException v ? messages.describe(v)
                    : failure instanceof LedgerException e ? messages.describe(e) : messages.get("error.login.unexpected"));
        });
    }

    /** Which ledger is being set up: the file, or the server's host:port/database. */
    public String databaseText() {
        return messages.get("login.database", gate.fileName());
    }

    /** On a server the file encryption the usual introduction speaks of does not apply: another text. */
    public java.util.Optional<String> serverIntro() {
        return gate.isServer() ? java.util.Optional.of(messages.get("connection.firstRunServerIntro", gate.fileName()))
                : java.util.Optional.empty();
    }

    /** On the worker: the ledger is there already, so a failure here is logged and the empty ledger opened. */
    private void fillWithDemoData(LoginResult result) {
        javafx.application.Platform.runLater(() -> {
            generating.set(true);
            message.bind(demoStart.textProperty());
        });
        try {
            gate.fillWithDemoData(result, demoStart);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(FirstRunViewModel.class).warn("Demo data not generated", e);
        } finally {
            javafx.application.Platform.runLater(() -> {
                message.unbind();
                message.set("");
            });
        }
    }

    public BooleanProperty demoProperty() { return demo; }
    public javafx.beans.property.ReadOnlyBooleanProperty generatingProperty() { return generating; }
    public javafx.beans.property.ReadOnlyDoubleProperty demoProgressProperty() { return demoStart.fractionProperty(); }
    public StringProperty orgNameProperty() { return orgName; }
    public StringProperty orgCodeProperty() { return orgCode; }
    public ObjectProperty<OrgType> orgTypeProperty() { return orgType; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty fullNameProperty() { return fullName; }
    public BooleanProperty alsoOrgDepartmentProperty() { return alsoOrgDepartment; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
}
