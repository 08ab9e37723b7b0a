package org.conductledger.app;

import org.conductledger.i18n.Messages;
import org.conductledger.service.LedgerGate;
import org.conductledger.ui.common.TaskRunner;
import org.conductledger.ui.common.ViewLoader;
import org.conductledger.ui.login.FirstRunController;
import org.conductledger.ui.login.FirstRunViewModel;
import org.conductledger.ui.login.LoginController;
import org.conductledger.ui.login.LoginViewModel;

/** The controller factory of the screens shown before anyone is logged in (first run, login). */
public final class StartComposition {

    private final ViewLoader loader;

    public StartComposition(LedgerGate gate, TaskRunner tasks, Messages messages) {
        this.loader = new ViewLoader(messages, type -> {
            if (type == LoginController.class) {
                return new LoginController(new LoginViewModel(gate, tasks, messages));
            }
            if (type == FirstRunController.class) {
                return new FirstRunController(new FirstRunViewModel(gate, tasks, messages), messages);
            }
            throw new IllegalStateException("No controller registered for " + type.getName());
        });
    }

    public ViewLoader loader() {
        return loader;
    }
}
