package org.conductledger.app;

import java.util.function.Consumer;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.service.ConnectionSettingsStore;
import org.conductledger.service.LedgerGate;
import org.conductledger.service.ServerCheck;
import org.conductledger.ui.common.DialogService;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.login.ConnectionController;
import org.conductledger.ui.login.ConnectionDialog;
import org.conductledger.ui.login.ConnectionViewModel;
import org.conductledger.ui.login.FirstRunController;
import org.conductledger.ui.login.FirstRunViewModel;
import org.conductledger.ui.login.LoginController;
import org.conductledger.ui.login.LoginViewModel;

/** The controller factory of the screens shown before anyone is logged in (first run, login, 数据库连接). */
public final class StartComposition {

    /**
     * What the 数据库连接 dialog needs: the settings file, the dialogs (for the certificate chooser), the font of
     * the windows, and what to do once other settings are saved (the application switches to that ledger).
     */
    public record Connections(ConnectionSettingsStore store, DialogService dialogs, String fontStyle,
                              Consumer<ConnectionSettings> onSaved) {
    }

    private final ViewLoader loader;
    private final ConnectionDialog connectionDialog;

    public StartComposition(LedgerGate gate, TaskRunner tasks, Messages messages, Connections connections) {
        this.loader = new ViewLoader(messages, type -> {
            if (type == LoginController.class) {
                return new LoginController(new LoginViewModel(gate, tasks, messages), connectionDialog());
            }
            if (type == FirstRunController.class) {
                return new FirstRunController(new FirstRunViewModel(gate, tasks, messages), messages, connectionDialog());
            }
            if (type == ConnectionController.class) {
                return new ConnectionController(new ConnectionViewModel(connections.store(), new ServerCheck(connections.store()),
                        tasks, messages, connections.dialogs()), messages);
            }
            throw new IllegalStateException("No controller registered for " + type.getName());
        });
        this.connectionDialog = new ConnectionDialog(new DialogWindows(loader, GuiComposition.stylesheet(), connections.fontStyle()),
                messages, connections.onSaved());
    }

    private ConnectionDialog connectionDialog() {
        return connectionDialog;
    }

    public ViewLoader loader() {
        return loader;
    }
}
