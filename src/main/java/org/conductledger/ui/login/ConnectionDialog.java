package org.conductledger.ui.login;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.ui.common.DialogWindows;
import org.conductledger.ui.common.FxmlView;

/** Opens 数据库连接… from the login and first-run screens; saved settings go to {@code onSaved} (the app switches ledgers). */
public final class ConnectionDialog {

    private final DialogWindows windows;
    private final Messages messages;
    private final Consumer<ConnectionSettings> onSaved;

    public ConnectionDialog(DialogWindows windows, Messages messages, Consumer<ConnectionSettings> onSaved) {
        this.windows = windows;
        this.messages = messages;
        this.onSaved = onSaved;
    }

    public void open(Window owner) {
        windows.<ConnectionController>open(FxmlView.CONNECTION, messages.get("connection.title"), owner,
                controller -> controller.start(onSaved));
    }
}
